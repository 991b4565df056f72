// A client stored on the request the function was called with and released by the function itself later, as a
// statement of the same block, was lent downstream, not handed over: a SvelteKit `handle` hook that puts it on
// `event.locals` and releases it after `await resolve(event)` with no finally (xubeiyan/nimingban, hina-project), a Koa
// middleware around `await next()`. A store with no release of the function's own, or a release in a catch only, or a
// store on something other than a parameter, stays a hand-over.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const handle = (store: string, after: string) =>
  `const pool = new pg.Pool();\nexport const handle = async ({ event, resolve }) => {\n  const dbconn = await pool.connect();\n  ${store}\n${after}\n};`;

ruleTester.run("no-leaked-client: clients lent to the request until the function's own release", rule, {
  valid: [
    {
      name: "stored through TS wrappers with no release of its own: (ctx as any).db = client satisfies object hands it over",
      code: `const pool = new pg.Pool();\nexport async function db(ctx: unknown, next: () => Promise<void>) {\n  const client = await pool.connect();\n  (ctx as any).db = client satisfies object;\n  await next();\n}`,
      filename: "db.ts",
    },
    {
      name: "stored on event.locals with no release of its own: the request owns it",
      code: handle("event.locals = { dbconn };", "  return resolve(event);"),
    },
    {
      name: "released only in a catch that rethrows: the success path hands it over",
      code: handle("event.locals = { dbconn };", "  try {\n    return await resolve(event);\n  } catch (e) {\n    dbconn.release();\n    throw e;\n  }"),
    },
    {
      name: "stored on a module-level holder, not on a parameter: a hand-over to whoever reads the holder",
      code: handle("holder.current = { dbconn };", "  const response = await resolve(event);\n  dbconn.release();\n  return response;"),
    },
    {
      name: "released in a finally after the store",
      code: handle("event.locals = { dbconn };", "  try {\n    return await resolve(event);\n  } finally {\n    dbconn.release();\n  }"),
    },
  ],
  invalid: [
    {
      name: "event.locals = { dbconn }, then the release after the awaited resolve",
      code: handle("event.locals = { dbconn };", "  const response = await resolve(event);\n  dbconn.release();\n  return response;"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "event.locals.db = dbconn, then the release after the awaited resolve",
      code: handle("event.locals.db = dbconn;", "  const response = await resolve(event);\n  dbconn.release();\n  return response;"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "a Koa middleware: ctx.db = client, await next(), then the release",
      code: `const pool = new pg.Pool();\nexport async function db(ctx, next) {\n  const client = await pool.connect();\n  ctx.db = client;\n  await next();\n  client.release();\n}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "the store through TS wrappers: (ctx as any).db = client satisfies object, await next(), then the release",
      code: `const pool = new pg.Pool();\nexport async function db(ctx: unknown, next: () => Promise<void>) {\n  const client = await pool.connect();\n  (ctx as any).db = client satisfies object;\n  await next();\n  client.release();\n}`,
      filename: "db.ts",
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "an object literal through TS wrappers: event.locals = { dbconn: dbconn! } as Locals, then the release after resolve",
      code: handle("event.locals = ({ dbconn: dbconn! } as Locals);", "  const response = await resolve(event);\n  dbconn.release();\n  return response;"),
      filename: "hooks.server.ts",
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 24, suggestions: [] }],
    },
  ],
});
