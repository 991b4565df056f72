import { pool } from "./dbConn.js";

// Hands a fresh checkout to the caller, which releases it.
export async function getClientPool() {
  const client = await pool.connect();
  return client;
}
