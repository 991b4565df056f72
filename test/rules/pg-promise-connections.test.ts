// pg-promise's connections (n8n's Postgres trigger, pg-jobber, pg-listener): `db.connect()` — also
// `db.connect({ direct: true })` — on a database made by `pgp(cn)` hands out a connection that only `done()` gives
// back. no-leaked-client follows it like a pool checkout, with `done()` as its release, its own wording and no
// `withClient` rewrite; a database nothing in the file says comes from pg-promise stays unjudged, as before.
import leakRule from "../../rules/no-leaked-client.js";
import useRule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

const SETUP = `const pgp = require("pg-promise")();\nconst db = pgp(process.env.DATABASE_URL);\n`;
const ESM_SETUP = `import pgPromise from "pg-promise";\nconst pgp = pgPromise({});\nconst db = pgp(process.env.DATABASE_URL);\n`;

// n8n's trigger before its fix: the LISTEN connection is kept only by the notification handler.
const N8N_TRIGGER = `${ESM_SETUP}export async function trigger(emit, channel) {
  db.connect({ direct: true })
    .then(async (connection) => {
      connection.client.on("notification", (data) => emit(data));
      return connection.none(\`LISTEN \${channel}\`);
    })
    .catch((error) => console.error(error));
  return { closeFunction: async () => {} };
}
`;

ruleTester.run("no-leaked-client: pg-promise connections", leakRule, {
  valid: [
    {
      name: "the connection given back with done() in a finally",
      code: `${SETUP}async function count() {\n  const c = await db.connect();\n  try {\n    return await c.one("SELECT count(*) FROM t");\n  } finally {\n    c.done();\n  }\n}\n`,
    },
    {
      name: "the trigger's LISTEN connection kept in an outer variable that closeFunction gives back with done()",
      code: `${ESM_SETUP}let held = null;\nexport async function trigger(emit, channel) {\n  db.connect({ direct: true })\n    .then(async (connection) => {\n      held = connection;\n      connection.client.on("notification", (data) => emit(data));\n      return connection.none(\`LISTEN \${channel}\`);\n    })\n    .catch((error) => console.error(error));\n  return { closeFunction: async () => held?.done() };\n}\n`,
    },
    {
      name: "a direct connection returned to the caller (pg-jobber's permanent connection)",
      code: `${SETUP}function permanentConnection() {\n  return db.connect({ direct: true });\n}\n`,
    },
    {
      name: "a database that is a parameter: nothing in the file says it is pg-promise's, and its connect is not judged",
      code: `async function check(database) {\n  const c = await database.connect();\n  await c.none("SELECT 1");\n}\n`,
    },
    {
      name: "a pg pool in the same file still goes back with release(), not done()",
      code: `${SETUP}const { Pool } = require("pg");\nconst pool = new Pool();\nasync function q() {\n  const client = await pool.connect();\n  try {\n    return await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "n8n's trigger: the LISTEN connection nobody gives back",
      code: N8N_TRIGGER,
      errors: [
        {
          messageId: "pgPromiseConnectionNotDone",
          data: {
            created: "db.connect({ direct: true })",
            pool: "db",
            what: "it is never released",
            fix: "Call `connection.done()` in a `finally` block",
          },
          line: 5,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "done() after a query that may reject, outside any try",
      code: `${SETUP}async function count() {\n  const c = await db.connect();\n  const row = await c.one("SELECT count(*) FROM t");\n  c.done();\n  return row;\n}\n`,
      errors: [
        {
          messageId: "pgPromiseConnectionNotDone",
          data: {
            created: "db.connect()",
            pool: "db",
            what: "it is not released if the call on line 5 throws",
            fix: "Call `c.done()` in a `finally` block",
          },
          line: 4,
          column: 19,
          suggestions: [],
        },
      ],
    },
    {
      name: "a release() a pg-promise connection does not have is no release",
      code: `${SETUP}async function count() {\n  const c = await db.connect();\n  try {\n    return await c.one("SELECT count(*) FROM t");\n  } finally {\n    c.release();\n  }\n}\n`,
      errors: [{ messageId: "pgPromiseConnectionNotDone", line: 4, column: 19, suggestions: [] }],
    },
  ],
});

ruleTester.run("no-use-after-release: pg-promise connections are followed for leaks only", useRule, {
  valid: [
    {
      name: "pg-promise's documented idiom: done(), then read the server version off the connection",
      code: `${SETUP}async function version() {\n  const c = await db.connect();\n  c.done();\n  return c.client.serverVersion;\n}\n`,
    },
  ],
  invalid: [
    {
      name: "a pg pool's client read after release() is still reported",
      code: `const { Pool } = require("pg");\nconst pool = new Pool();\nasync function version() {\n  const c = await pool.connect();\n  c.release();\n  return c.query("SELECT 1");\n}\n`,
      errors: [{ messageId: "useAfterRelease", line: 6, column: 10 }],
    },
  ],
});
