// Source: mkorman9/node-postgres-app — src/todo_items.ts at acde6f8 (getTodoItems), reduced by hand, not copied
// Label: leak
// Why: the pool is the default export of ./db/pool; the awaited query sits between connect() and `conn.release()` with no try
import pool from "./db/pool";

export async function getTodoItems() {
  const conn = await pool.connect();
  const result = await conn.query("SELECT id, content FROM todo_items");
  conn.release();
  return result.rows;
}
