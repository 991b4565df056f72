// A checkout returned from the `context` option of a GraphQL server (elahti/stellaris-stats): graphql-ws's
// `useServer` keeps it as the operation's contextValue and gives nothing back, so it is reported as never released
// (only its `context` option, and only when no other option of the call releases anything); Apollo Server 4's
// `startStandaloneServer` and `expressMiddleware` make it before they validate the request, and a request they reject
// never runs the plugin hooks that release it (apolloContextRejectedRequests). Only those servers' own modules.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const server = (context: string, extra = "", module = "graphql-ws/lib/use/ws") =>
  `import { useServer } from "${module}";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport const start = (schema, wsServer) =>\n  useServer(\n    {\n      schema,\n      ${context},${extra}\n    },\n    wsServer,\n  );\n`;

const returnsObject = `context: async () => {\n        const client = await pool.connect();\n        return { client, loaders: makeLoaders(client) };\n      }`;

const apollo = (call: string, module: string) =>
  `import { ApolloServer } from "@apollo/server";\nimport { ${call} } from "${module}";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport async function start(server: ApolloServer<{ client: any }>) {\n  await ${call}(server, {\n    context: async () => {\n      const client = await pool.connect();\n      return { client };\n    },\n  });\n}\n`;

ruleTester.run("no-leaked-client: a checkout returned from a GraphQL server's context option", rule, {
  valid: [
    {
      name: "an inline hook that hands the context to a helper (onComplete: (ctx) => releaseClient(ctx)): the helper may release",
      code: `function releaseClient(ctx) {\n  ctx.extra.client?.release();\n}\n` + server(returnsObject, `\n      onComplete: (ctx) => releaseClient(ctx),`),
      filename: "server.ts",
    },
    {
      name: "a useServer of another module (the project's own): its context may be released there",
      code: server(returnsObject, "", "./ws-server"),
      filename: "server.ts",
    },
    {
      name: "another option of the same call releases: onComplete may give the client back",
      code: server(returnsObject, `\n      onComplete: (ctx) => {\n        ctx.extra.client?.release();\n      },`),
      filename: "server.ts",
    },
    {
      name: "a function of graphql-ws's options that is not the context (onConnect's answer is no contextValue)",
      code: server(`onConnect: async () => {\n        const client = await pool.connect();\n        return { client };\n      }`),
      filename: "server.ts",
    },
    {
      name: "Apollo 4's standalone server given the context object as its first argument, not as its options",
      code: `import { startStandaloneServer } from "@apollo/server/standalone";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport async function start() {\n  await startStandaloneServer({\n    context: async () => {\n      const client = await pool.connect();\n      return { client };\n    },\n  });\n}\n`,
      filename: "server.ts",
    },
    {
      name: "a startStandaloneServer of another module: the project's own server may release the context",
      code: apollo("startStandaloneServer", "./standalone"),
      filename: "server.ts",
    },
    {
      name: "Apollo 4's standalone server given the checkout in another option than the context",
      code: `import { startStandaloneServer } from "@apollo/server/standalone";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport async function start(server) {\n  await startStandaloneServer(server, {\n    listen: async () => {\n      const client = await pool.connect();\n      return { client };\n    },\n  });\n}\n`,
      filename: "server.ts",
    },
    {
      name: "another option names the file's own function that releases (onComplete: releaseClient, declared after use)",
      code: server(returnsObject, `\n      onComplete: releaseClient,`) + `function releaseClient(ctx) {\n  ctx.extra.client?.release();\n}\n`,
      filename: "server.ts",
    },
    {
      name: "the options spread another object (its hooks unseen may release)",
      code: server(returnsObject, `\n      ...hooks,`).replace("(schema, wsServer)", "(schema, wsServer, hooks)"),
      filename: "server.ts",
    },
    {
      name: "an on… hook whose function is not in sight (imported) may release",
      code: `import { onComplete } from "./hooks";\n` + server(returnsObject, `\n      onComplete,`),
      filename: "server.ts",
    },
  ],
  invalid: [
    {
      name: "the context's returned object holds the checkout (stellaris-stats' graphqlServerMain.ts)",
      code: server(returnsObject),
      filename: "server.ts",
      errors: [{ messageId: "neverReleased", line: 9, column: 30, suggestions: [] }],
    },
    {
      name: "the checkout itself returned, graphql-ws 6's module path, the options' other hook releasing nothing",
      code: server(
        `context: async () => {\n        const client = await pool.connect();\n        return client;\n      }`,
        `\n      onDisconnect: () => {\n        console.debug("closed");\n      },`,
        "graphql-ws/use/ws",
      ),
      filename: "server.ts",
      errors: [{ messageId: "neverReleased", line: 9, column: 30, suggestions: [] }],
    },
    {
      name: "Apollo 4's startStandaloneServer context, released only by a plugin (stellaris-stats at e1798f3)",
      code: apollo("startStandaloneServer", "@apollo/server/standalone"),
      filename: "server.ts",
      errors: [{ messageId: "apolloContextRejectedRequests", data: { pool: "pool" }, line: 8, column: 28, suggestions: [] }],
    },
    {
      name: "Apollo 4's expressMiddleware context",
      code: apollo("expressMiddleware", "@apollo/server/express4"),
      filename: "server.ts",
      errors: [{ messageId: "apolloContextRejectedRequests", data: { pool: "pool" }, line: 8, column: 28, suggestions: [] }],
    },
    {
      name: "the options and the context in TS wrappers (as, !, satisfies, parentheses)",
      code: server(
        `context: (async () => {\n        const client = await pool.connect();\n        return { client } satisfies object;\n      }) as any`,
      ).replace("useServer(\n    {", "useServer(\n    ({").replace("\n    },\n    wsServer", "\n    } as any)!,\n    wsServer"),
      filename: "server.ts",
      errors: [{ messageId: "neverReleased", line: 9, column: 30, suggestions: [] }],
    },
    {
      name: "another option names the file's own function that releases nothing",
      code: server(returnsObject, `\n      onComplete: logDone,`) + `const logDone = () => {\n  console.debug("done");\n};\n`,
      filename: "server.ts",
      errors: [{ messageId: "neverReleased", line: 9, column: 30, suggestions: [] }],
    },
  ],
});

/**
 * elahti/stellaris-stats' own express middleware, reduced: it awaits `options.context()` (line 6) and hands the value
 * to Apollo 4's `executeHTTPGraphQLRequest`; the checkout is on line 15. `body` replaces the middleware's body.
 */
const OWN_BODY = `    const context = await options.context();\n    const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: req, context: () => Promise.resolve(context) });\n    res.send(result);`;
const ownIntegration = (body = OWN_BODY, imports = 'import { ApolloServer } from "@apollo/server";\n') =>
  `${imports}import { Pool } from "pg";
const pool = new Pool();
const expressMiddleware = (server: ApolloServer<any>, options: { context: () => Promise<any> }) =>
  async (req: any, res: any) => {
${body}
  };
export function mount(app: any, server: ApolloServer<any>) {
  app.use(
    "/graphql",
    expressMiddleware(server, {
      context: async () => {
        const client = await pool.connect();
        return { client };
      },
    }),
  );
}
`;

ruleTester.run("no-leaked-client: a checkout returned to the project's own Apollo 4 integration in the file", rule, {
  valid: [
    {
      name: "no import of @apollo/server: executeHTTPGraphQLRequest is any object's method",
      code: ownIntegration(OWN_BODY, 'type ApolloServer<T> = { executeHTTPGraphQLRequest(request: unknown): Promise<T> };\n'),
      filename: "server.ts",
    },
    {
      name: "the integration calls a release of its own: it may give the client back",
      code: ownIntegration(`${OWN_BODY}\n    req.client?.release();`),
      filename: "server.ts",
    },
    {
      name: "the options handed on whole: their context may be called anywhere",
      code: ownIntegration(`${OWN_BODY}\n    audit(options);`),
      filename: "server.ts",
    },
    {
      name: "the awaited context read elsewhere too (kept on res.locals, where an after-hook may release it)",
      code: ownIntegration(`${OWN_BODY}\n    res.locals.context = context;`),
      filename: "server.ts",
    },
    {
      name: "the awaited context handed to another function than Apollo's executeHTTPGraphQLRequest",
      code: ownIntegration(OWN_BODY.replace("server.executeHTTPGraphQLRequest", "server.handle")),
      filename: "server.ts",
    },
    {
      name: "the awaited context returned by the request's other function, not its context",
      code: ownIntegration(OWN_BODY.replace("context: () => Promise.resolve(context)", "contextValue: () => Promise.resolve(context)")),
      filename: "server.ts",
    },
    {
      name: "the integration never calls its options' context",
      code: ownIntegration(`    const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: req, context: async () => ({}) });\n    res.send(options.name, result);`),
      filename: "server.ts",
    },
    {
      name: "an integration imported from another module: not in sight",
      code: ownIntegration().replace(/const expressMiddleware = [\s\S]*?\n  };\n/, 'import { expressMiddleware } from "./middleware";\n'),
      filename: "server.ts",
    },
  ],
  invalid: [
    {
      name: "stellaris-stats' expressMiddleware: the context awaited before Apollo sees the request",
      code: ownIntegration(),
      filename: "server.ts",
      errors: [{ messageId: "apolloContextRejectedRequests", data: { pool: "pool" }, line: 15, column: 30, suggestions: [] }],
    },
    {
      name: "the context returned by an async arrow, the integration a function declaration",
      code: ownIntegration(OWN_BODY.replace("() => Promise.resolve(context)", "async () => context")).replace(
        /const expressMiddleware = \(server: ApolloServer<any>, options: \{ context: \(\) => Promise<any> \}\) =>\n  async \(req: any, res: any\) => \{\n([\s\S]*?)\n  \};\n/,
        "function expressMiddleware(server: ApolloServer<any>, options: { context: () => Promise<any> }) {\n  return async (req: any, res: any) => {\n$1\n  };\n}\n",
      ),
      filename: "server.ts",
      errors: [{ messageId: "apolloContextRejectedRequests", data: { pool: "pool" }, line: 16, column: 30, suggestions: [] }],
    },
  ],
});

/** graphql-ws's options held in a variable (line 4) and given to useServer (line 12); the checkout is on line 7. */
const heldOptions = (between = "", declare = "const", given = "opts") =>
  `import { useServer } from "graphql-ws/lib/use/ws";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport const start = (schema, wsServer) => {\n  ${declare} opts = {\n    schema,\n    context: async () => {\n      const client = await pool.connect();\n      return { client };\n    },\n  };\n${between}  useServer(${given}, wsServer);\n};\n`;

ruleTester.run("no-leaked-client: graphql-ws's options held in a variable given to useServer", rule, {
  valid: [
    {
      name: "the variable used again: a hook added to it (opts.onComplete = …) may give the client back",
      code: heldOptions("  opts.onComplete = (ctx) => ctx.extra.client?.release();\n"),
      filename: "server.ts",
    },
    {
      name: "the variable replaced before the call: what useServer gets is not the literal",
      code: heldOptions("  if (hooks) opts = hooks;\n", "let"),
      filename: "server.ts",
    },
    {
      name: "the variable given to another call, not as useServer's options",
      code: heldOptions("", "const", "{ schema }").replace("  useServer(", "  register(opts);\n  useServer("),
      filename: "server.ts",
    },
  ],
  invalid: [
    {
      name: "const opts = { schema, context }; useServer(opts, wsServer)",
      code: heldOptions(),
      filename: "server.ts",
      errors: [{ messageId: "neverReleased", line: 8, column: 28, suggestions: [] }],
    },
    {
      name: "the same through TS wrappers: a `let` never written again, given as `opts as any`",
      code: heldOptions("", "let", "opts as any"),
      filename: "server.ts",
      errors: [{ messageId: "neverReleased", line: 8, column: 28, suggestions: [] }],
    },
  ],
});
