// Source: jojoldu/node-performance-in-action — test/tx.test.ts (deleteAll, run before each test), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the helper run before every test checks a client out to empty the table and never releases it: each test keeps one more checkout, and `pool.end()` in afterAll waits for them
import { Pool } from "pg";
import { database } from "../src/database";

describe("tx", () => {
  let pool: Pool;

  async function deleteAll() {
    const client = await pool.connect();
    await client.query("delete from node_test");
  }

  beforeAll(() => {
    pool = database();
  });

  afterAll(async () => {
    await pool.end();
  });

  beforeEach(async () => {
    await deleteAll();
  });

  it("runs with an empty table", async () => {
    expect(await pool.query("select count(*) from node_test")).toBeDefined();
  });
});
