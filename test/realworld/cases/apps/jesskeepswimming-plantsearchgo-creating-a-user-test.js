// Source: jesskeepswimming/plantSearchGo — server/test/app.test.js ("creating a user"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Jest assertion runs between the checkout and the `try` whose finally releases; when it fails it throws and the test's client stays out, hanging the afterAll's pool.end()
const Pool = require("pg").Pool;
const makeDatabase = require("../db/db.js");
const sample = require("./sample");

describe("test SQL queries", () => {
  let pool;
  let db;

  beforeAll(() => {
    pool = new Pool({ database: process.env.DB_TEST });
    db = new makeDatabase(pool);
  });

  test("creating a user", async () => {
    const client = await pool.connect();

    expect(db.newUser).toBeInstanceOf(Function);

    try {
      await db.newUser(sample.user1.email, sample.user1.username);
      await expect(db.newUser(null, null)).rejects.toThrow();
      const { rows } = await client.query("SELECT * FROM users");
      expect(rows.length).toBe(1);
    } finally {
      client.release();
    }
  });
});
