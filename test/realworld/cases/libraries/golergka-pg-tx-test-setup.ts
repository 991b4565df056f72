// Source: golergka/pg-tx — src/index.test.ts ("with PoolClient client"), reduced by hand, not copied
// Label: hand-over
// Why: the set-up callback returns the checkout to the shared test harness, whose tear-down callback releases it
import { Pool, type PoolClient } from "pg";

declare function testWithClient<C>(setup: () => Promise<C>, teardown: (client: C) => Promise<void>): void;

describe("with PoolClient client", () => {
  let pool: Pool;
  testWithClient<PoolClient>(
    async () => {
      const { POSTGRES_URL } = process.env;
      if (!POSTGRES_URL) {
        throw new Error("Must specify POSTGRES_URL");
      }
      pool = new Pool({ connectionString: POSTGRES_URL });
      return await pool.connect();
    },
    async (pg) => {
      pg.release();
      await pool.end();
    },
  );
});
