// Source: zuppa92/concert-polishing — backend/test/setup.js (jest setup), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `db` is the project's pg Pool; `await db.connect()` in beforeAll checks a client out and nothing ever releases it, so afterAll's `db.end()` waits for it forever
const db = require("./db");

beforeAll(async () => {
  await db.connect();
});

afterAll(async () => {
  await db.end();
});
