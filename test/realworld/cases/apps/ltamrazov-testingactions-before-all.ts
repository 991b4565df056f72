// Source: ltamrazov/testingactions — src/index.test.ts (beforeAll/afterAll), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is stored in the suite's outer `let client` by beforeAll; afterAll releases it
import pg from "pg";

describe("database", () => {
  const pool = new pg.Pool({ database: process.env.DATABASE_NAME });
  let client: pg.PoolClient;

  beforeAll(async () => {
    client = await pool.connect();
  });

  afterAll(async () => {
    await client.release();
    await pool.end();
  });

  it("connects", () => {
    expect(client).toBeDefined();
  });
});
