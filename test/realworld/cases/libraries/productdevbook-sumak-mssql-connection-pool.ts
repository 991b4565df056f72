// Source: productdevbook/sumak — test/integration/dockerized/mssql-roundtrip.test.ts (beforeAll), reduced by hand, not copied
// Label: safe
// Why: `pool` holds mssql's ConnectionPool (imported dynamically, typed `any`); its connect() opens the pool and returns it, no pg client is checked out
import { afterAll, beforeAll } from "vitest";

let pool: any;

beforeAll(async () => {
  const mssql = (await import("mssql" as string).catch(() => null)) as { ConnectionPool: new (cfg: unknown) => any } | null;
  if (!mssql) {
    throw new Error("mssql is not installed");
  }
  pool = new mssql.ConnectionPool({ server: "127.0.0.1", port: 1434, user: "SA", password: "x", database: "master" });
  await pool.connect();
});

afterAll(async () => {
  await pool?.close?.();
});
