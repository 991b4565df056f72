// A checkout returned from the `context` option of Apollo Server 2 or 3 (`new ApolloServer({ context, formatResponse })`
// of `apollo-server` or an `apollo-server-*` integration) and released only in `formatResponse`: requestPipeline
// answers syntax, validation and pipeline-hook errors without calling formatResponse, and subscriptions never reach it
// (MStokluska/MobileDevProject), so it is reported as apolloFormatResponseSkipped. Any other option that may release
// (plugins, extensions, a spread, a releasing hook) leaves the hand-over as before.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** An Apollo 2 server whose options are `options` (each line already indented by six spaces). */
const server = (options: string, header = `import { ApolloServer } from "apollo-server-express";`) =>
  `${header}\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport const server = new ApolloServer({\n  schema,\n  context: async () => {\n    const db = await pool.connect();\n    return { db };\n  },\n${options}\n});\n`;

const formatResponse = `  formatResponse: (res, { context }) => {\n    context.db.release();\n    return res;\n  },`;

ruleTester.run("no-leaked-client: an Apollo Server 2 or 3 context released only in formatResponse", rule, {
  valid: [
    {
      name: "a plugin sees the context again (willSendResponse runs for error answers too)",
      code: server(`${formatResponse}\n  plugins: [loggingPlugin],`, `import { ApolloServer } from "apollo-server-express";\nimport { loggingPlugin } from "./plugins";`),
      filename: "server.ts",
    },
    {
      name: "graphql-extensions see the context again",
      code: server(`${formatResponse}\n  extensions: [() => new TimingExtension()],`),
      filename: "server.ts",
    },
    {
      name: "a spread of other options may release",
      code: server(`${formatResponse}\n  ...hooks,`),
      filename: "server.ts",
    },
    {
      name: "formatResponse that releases nothing: the context is handed over as before",
      code: server(`  formatResponse: (res) => {\n    console.log(res);\n    return res;\n  },`),
      filename: "server.ts",
    },
    {
      name: "no formatResponse at all: the context is handed over as before",
      code: server(`  introspection: true,`),
      filename: "server.ts",
    },
    {
      name: "Apollo Server 4's class (@apollo/server has no formatResponse option)",
      code: server(formatResponse, `import { ApolloServer } from "@apollo/server";`),
      filename: "server.ts",
    },
    {
      name: "an ApolloServer of the project's own module",
      code: server(formatResponse, `import { ApolloServer } from "./apollo";`),
      filename: "server.ts",
    },
    {
      name: "the options given as the second argument, not the first",
      code: server(formatResponse).replace("new ApolloServer({", "new ApolloServer(base, {"),
      filename: "server.ts",
    },
    {
      name: "the options kept in a const that is used again (exported): not known to be read only by the constructor",
      code: server(formatResponse).replace("export const server = new ApolloServer({", "export const options = {").replace(/\n}\);\n$/, "\n};\nexport const server = new ApolloServer(options);\nexport const again = options;\n"),
      filename: "server.ts",
    },
    {
      name: "formatResponse releases a lock, not the context's client: the context is handed over as before",
      code: server(`  formatResponse: (res, { context }) => {\n    responseLock.release();\n    return res;\n  },`),
      filename: "server.ts",
    },
    {
      name: "formatResponse releases a member of the request context other than its context: handed over as before",
      code: server(`  formatResponse: (res, requestContext) => {\n    requestContext.metrics.release();\n    return res;\n  },`),
      filename: "server.ts",
    },
  ],
  invalid: [
    {
      name: "apollo-server-express's context released only in formatResponse (MStokluska/MobileDevProject at 0b7ece9)",
      code: server(formatResponse),
      filename: "server.ts",
      errors: [{ messageId: "apolloFormatResponseSkipped", data: { pool: "pool" }, line: 7, column: 22, suggestions: [] }],
    },
    {
      name: "the checkout skipped for subscriptions (`if (!session.connection)`), formatResponse written as a method, require",
      code: server(
        `  formatResponse(res, { context }) {\n    context.db.release();\n    return res;\n  },`,
        `const { ApolloServer } = require("apollo-server");`,
      ).replace(
        "context: async () => {\n    const db = await pool.connect();",
        "context: async (session) => {\n    let db;\n    if (!session.connection) db = await pool.connect();",
      ),
      filename: "server.js",
      errors: [{ messageId: "apolloFormatResponseSkipped", data: { pool: "pool" }, line: 8, column: 41, suggestions: [] }],
    },
    {
      name: "formatResponse names the file's own releasing function, the other options release nothing",
      code:
        `function releaseContext(res, { context }) {\n  context.db.release();\n  return res;\n}\n` +
        server(`  formatResponse: releaseContext,\n  subscriptions: { onConnect: () => ({}) },`, `import { ApolloServer } from "apollo-server-koa";`),
      filename: "server.ts",
      errors: [{ messageId: "apolloFormatResponseSkipped", data: { pool: "pool" }, line: 11, column: 22, suggestions: [] }],
    },
    {
      name: "the options kept in a const whose one use is the constructor's first argument",
      code: server(formatResponse).replace("export const server = new ApolloServer({", "const options = {").replace(/\n}\);\n$/, "\n};\nexport const server = new ApolloServer(options);\n"),
      filename: "server.ts",
      errors: [{ messageId: "apolloFormatResponseSkipped", data: { pool: "pool" }, line: 7, column: 22, suggestions: [] }],
    },
    {
      name: "formatResponse releases the client through the request context's `context` member",
      code: server(`  formatResponse: (res, requestContext) => {\n    requestContext.context.db.release();\n    return res;\n  },`),
      filename: "server.ts",
      errors: [{ messageId: "apolloFormatResponseSkipped", data: { pool: "pool" }, line: 7, column: 22, suggestions: [] }],
    },
    {
      name: "formatResponse destructures the client out of the context",
      code: server(`  formatResponse: (res, { context: { db } }) => {\n    db.release();\n    return res;\n  },`),
      filename: "server.ts",
      errors: [{ messageId: "apolloFormatResponseSkipped", data: { pool: "pool" }, line: 7, column: 22, suggestions: [] }],
    },
  ],
});
