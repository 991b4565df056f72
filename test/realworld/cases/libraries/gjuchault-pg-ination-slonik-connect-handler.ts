// Source: gjuchault/pg-ination — src/adapters/__tests__/slonik.test.ts (the test data's sql helper), reduced by hand, not copied
// Label: safe
// Why: slonik's `pool.connect(handler)` lends a connection to the handler and takes it back itself when the handler settles; no pg client is checked out here
import { createPool, sql, type DatabasePool } from "slonik";

let pool: DatabasePool;

export async function setUp(url: string) {
  pool = await createPool(url, { idleTimeout: 1000 });
}

export async function run(query: string) {
  return await pool.connect(async (connection) => {
    return await connection.any(sql.unsafe([query] as unknown as TemplateStringsArray));
  });
}
