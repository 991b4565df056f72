// Source: jojoldu/node-performance-in-action — src/tx.ts (insertAllWithPool), reduced by hand, not copied
// Label: safe
// Why: Promise.all rejects at the first failed insert while others still run on the client, but the awaited ROLLBACK queues behind them on the same client and the finally releases after it
import { Pool, PoolClient } from "pg";
import { database } from "./database";

const pool: Pool = database();

async function commit(client: PoolClient) {
  await client.query("COMMIT");
}

async function rollback(client: PoolClient) {
  await client.query("ROLLBACK");
}

async function insert(sec: number, client: PoolClient) {
  return client.query(`insert into node_test (name, sleep) values ('n-${sec}', pg_sleep(${sec}))`);
}

export async function insertAllWithPool() {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await Promise.all([insert(1, client), insert(2, client), insert(3, client)]);
    await commit(client);
  } catch (error) {
    console.log("tx rollback", error);
    await rollback(client);
  } finally {
    await client.release();
  }
}
