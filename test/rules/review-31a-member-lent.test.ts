// review-31a: member-lent-releases.ts (a checkout stored on a parameter's member, `ctx.db = await pool.connect()`,
// released by the function itself through that member) on the shapes that broke it. It counted every call between the
// store and the release as one that may throw, where the lifetime analysis counts no logging, listener or timer
// (throw-points.ts): `console.log(…)` or `ctx.db.on("error", …)` alone before the release is no leak, as it is none
// with the client in a variable; it counted no `new`, which may throw; and it did not see an error-handling middleware
// of the same file that releases `ctx.db` when next() throws. Every shape under typescript-eslint and espree.
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const PG = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
/** A Koa-style middleware storing its checkout on `ctx.db`, then `between`, then releasing it through `ctx.db`. */
const middleware = (between: string) => `${PG}async function withDb(ctx, next) {
  ctx.db = await pool.connect();
  ${between}
  ctx.db.release();
}
module.exports = withDb;
`;

const parsers = [
  { parser: "typescript-eslint", languageOptions: {} },
  { parser: "espree", languageOptions: { parser: espree } },
] as const;

ruleTester.run("review-31a: a checkout lent on a parameter's member until the function's own release, on the shapes that broke it (no-leaked-client)", rule, {
  valid: parsers.flatMap(({ parser, languageOptions }) => [
    {
      name: `the middleware logs before its own release of ctx.db (${parser})`,
      code: middleware(`console.log("connected for", ctx.path);`),
      filename: "middleware.js",
      languageOptions,
    },
    {
      name: `the middleware listens on ctx.db before its own release of it (${parser})`,
      code: middleware(`ctx.db.on("error", (err) => console.error(err));`),
      filename: "middleware.js",
      languageOptions,
    },
    {
      name: `an error-handling middleware upstream releases ctx.db when next() throws (${parser})`,
      code: middleware("await next();").replace(
        "module.exports = withDb;",
        "async function onError(ctx, next) {\n  try {\n    await next();\n  } catch (err) {\n    if (ctx.db) ctx.db.release();\n    throw err;\n  }\n}\nmodule.exports = [onError, withDb];",
      ),
      filename: "middleware.js",
      languageOptions,
    },
  ]),
  invalid: parsers.flatMap(({ parser, languageOptions }) => [
    {
      name: `the middleware builds an object that may throw before its own release of ctx.db (${parser})`,
      code: middleware(`ctx.state.parser = new ctx.Parser(ctx.request);`),
      filename: "middleware.js",
      languageOptions,
      errors: [{ messageId: "notReleasedOnThrow" as const, data: { pool: "pool", line: 5 }, line: 4, column: 18, suggestions: [] }],
    },
    {
      name: `the middleware logs, then awaits next() before its own release of ctx.db: next() is where it may throw (${parser})`,
      code: middleware(`console.log("connected for", ctx.path);\n  await next();`),
      filename: "middleware.js",
      languageOptions,
      errors: [{ messageId: "notReleasedOnThrow" as const, data: { pool: "pool", line: 6 }, line: 4, column: 18, suggestions: [] }],
    },
    {
      name: `another function releases a different member: no keeper for ctx.db (${parser})`,
      code: middleware("await next();").replace("module.exports = withDb;", "function close(ctx) {\n  ctx.cache.release();\n}\nmodule.exports = [withDb, close];"),
      filename: "middleware.js",
      languageOptions,
      errors: [{ messageId: "notReleasedOnThrow" as const, data: { pool: "pool", line: 5 }, line: 4, column: 18, suggestions: [] }],
    },
  ]),
});
