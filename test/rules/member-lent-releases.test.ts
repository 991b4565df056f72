// A checkout stored straight on the request the function was called with (`ctx.db = await pool.connect()`) and released
// by the function itself through that member only after a call that may throw (`await next(); ctx.db.release();`):
// a rejection of the call leaves the client on the request with nothing to release it (corpus: wisdman/bitjournal's
// Koa-style PgDBMiddleware). Each guard has a valid twin that differs by the one thing the reading looks at; the same
// shapes are read under ESLint's default parser (espree), as plain-JavaScript projects lint them.
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const KOA = `import Koa from "koa";
import pg from "pg";
const app = new Koa();
const pool = new pg.Pool();
app.use(async (ctx, next) => {
  ctx.db = await pool.connect();
  await next();
  ctx.db.release();
});
`;

const parsers = [{ parser: "typescript-eslint", languageOptions: {} }, { parser: "espree", languageOptions: { parser: espree } }];

ruleTester.run("no-leaked-client: a checkout lent on the request until the function's own release", rule, {
  valid: parsers.flatMap(({ parser, languageOptions }) =>
    [
      {
        name: "the release in a finally around next()",
        code: KOA.replace("  await next();\n  ctx.db.release();\n", "  try {\n    await next();\n  } finally {\n    ctx.db.release();\n  }\n"),
      },
      {
        name: "nothing that may throw between the store and the release",
        code: KOA.replace("  await next();\n", ""),
      },
      {
        name: "stored on an object that is no parameter: whoever else reads it may release it",
        code: KOA.replace("app.use(async (ctx, next) => {\n  ctx.db", "const shared = {};\napp.use(async (ctx, next) => {\n  shared.db").replace("  ctx.db.release();", "  shared.db.release();"),
      },
      {
        name: "the release is of another member",
        code: KOA.replace("  ctx.db.release();", "  ctx.other.release();"),
      },
      {
        name: "a return between the store and the release: not judged",
        code: KOA.replace("  await next();\n", "  if (ctx.skip) return next();\n  await next();\n"),
      },
      {
        name: "the release inside a branch, not a statement of the function's body",
        code: KOA.replace("  ctx.db.release();", "  if (ctx.db) ctx.db.release();"),
      },
      {
        name: "store and release inside a try whose catch releases and rethrows: only the function's own body is read",
        code: KOA.replace("  ctx.db = await pool.connect();\n  await next();\n  ctx.db.release();\n", "  try {\n    ctx.db = await pool.connect();\n    await next();\n    ctx.db.release();\n  } catch (err) {\n    ctx.db.release();\n    throw err;\n  }\n"),
      },
      {
        name: "a handle from something that is not a pg pool",
        code: KOA.replace('import pg from "pg";', 'import { Broker } from "amqp-broker";').replace("const pool = new pg.Pool()", "const broker = new Broker()").replace("pool.connect()", "broker.connect()"),
      },
    ].map((test) => ({ ...test, name: `${test.name} (${parser})`, filename: "app.js", languageOptions })),
  ),
  invalid: parsers.flatMap(({ parser, languageOptions }) => [
    {
      name: `a Koa middleware releases ctx.db only after next() resolves (${parser})`,
      code: KOA,
      filename: "app.js",
      languageOptions,
      errors: [{ messageId: "notReleasedOnThrow" as const, data: { pool: "pool", line: 7 }, line: 6, column: 18, suggestions: [] }],
    },
    {
      name: `a method of a middleware class, the member hanging from its first parameter (${parser})`,
      code: `const { Pool } = require("pg");
const pool = new Pool();
class PgMiddleware {
  async main(ctx, next) {
    ctx.state.db = await pool.connect();
    log(ctx.path);
    await next();
    ctx.state.db.release();
  }
}
module.exports = PgMiddleware;
`,
      filename: "middleware.js",
      languageOptions,
      errors: [{ messageId: "notReleasedOnThrow" as const, data: { pool: "pool", line: 7 }, line: 5, column: 26, suggestions: [] }],
    },
  ]),
});
