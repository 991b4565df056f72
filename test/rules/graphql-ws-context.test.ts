// A checkout returned from the `context` option of graphql-ws's `useServer` (elahti/stellaris-stats' subscription
// server) is handed to graphql-ws, which keeps it as the operation's contextValue and gives nothing back: it is
// reported as never released. Only graphql-ws's `useServer`, only its `context` option, and only when no other option
// of the call releases anything.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const server = (context: string, extra = "", module = "graphql-ws/lib/use/ws") =>
  `import { useServer } from "${module}";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport const start = (schema, wsServer) =>\n  useServer(\n    {\n      schema,\n      ${context},${extra}\n    },\n    wsServer,\n  );\n`;

const returnsObject = `context: async () => {\n        const client = await pool.connect();\n        return { client, loaders: makeLoaders(client) };\n      }`;

ruleTester.run("no-leaked-client: a checkout returned from graphql-ws's useServer context", rule, {
  valid: [
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
  ],
});
