// Source: tiagolauer/OwlSQL — tests/integration/mssql.test.ts (beforeAll), reduced by hand, not copied
// Label: safe
// Why: `pool` is annotated with mssql's ConnectionPool; its connect() opens the pool, no pg client is checked out
import { ConnectionPool, type config as MssqlConfig } from "mssql";
import { afterAll, beforeAll, describe } from "vitest";

describe("mssql adapter", () => {
  let pool: ConnectionPool;

  beforeAll(async () => {
    const config = { server: "localhost" } as MssqlConfig;
    pool = new ConnectionPool(config);
    await pool.connect();
    await pool.request().query("create table it_rows (id int)");
  });

  afterAll(async () => {
    await pool.close();
  });
});
