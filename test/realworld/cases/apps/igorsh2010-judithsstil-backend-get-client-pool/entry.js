// Source: IgorSh2010/judithsstil-backend — middleware/ClientPool.js (getClientPool), reduced by hand, not copied
// Label: hand-over
// Why: returns the checked-out client to the caller, which owns its release
import { pool } from "./dbConn.js";

export async function getClientPool() {
  const client = await pool.connect();
  return client;
}
