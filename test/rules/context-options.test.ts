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
