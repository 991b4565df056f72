// Source: https://github.com/brianc/node-postgres/issues/2199 (the reproduction of "pg-pool: .end never resolves"; charmander: "It waits for clients to be closed ... leaking clients is always really bad"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client `pool.connect()` resolves to is dropped without a release, so `pool.end()` waits for it forever
import { Pool } from "pg";

const pool = new Pool({
  host: "db",
  user: "postgres",
  password: "postgres",
});

export async function main(): Promise<void> {
  await pool.connect();
  await pool.end();
}
