// Source: Rokiis1/user_profile — server/database/postgresConnection.mjs at 13cfc0d (postgresConnection), reduced by hand, not copied
// Label: safe
// Why: the start-up check releases the client on the line after the checkout; a failed connect is logged and rethrown before any client exists (the caller exits the process)
import { pool } from "./settings.mjs";

export const postgresConnection = async () => {
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    console.error("Connection error", err.stack);
    throw err;
  }
};
