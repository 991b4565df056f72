// Source: jojoldu/node-performance-in-action — src/tx.ts (insert), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: without a caller's client it checks one out of the pool (`client ? client : await pool.connect()`) and never releases it; only the borrowed one is the caller's to release
import { Pool, PoolClient } from "pg";
import { database } from "./database";

const pool: Pool = database();

export async function insert(sec: number, funcName: string, client?: PoolClient) {
  const start = performance.now();
  const sql = `insert into node_test (name, sleep) values ('${funcName}-${sec}', pg_sleep(${sec}))`;

  const connection = client ? client : await pool.connect();
  return connection.query(sql).then((result) => {
    console.log(`insert: ${sec}s, realTime: ${performance.now() - start}`);
    return result;
  });
}
