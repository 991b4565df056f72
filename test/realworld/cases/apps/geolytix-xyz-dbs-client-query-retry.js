// Source: GEOLYTIX/xyz — mod/utils/dbs.js (clientQuery), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: `client` is declared outside the retry loop and released in each turn's finally; when the retry's connect() fails, the finally releases the previous turn's client again and pg throws "Release called on client which has already been released", replacing the connect error
import { Pool } from "pg";

const RETRY_LIMIT = 3;
const RETRY_CODES = new Set(["ECONNRESET", "57P01"]);

const pool = new Pool({ connectionString: process.env.DBS_DEFAULT, connectionTimeoutMillis: 5000 });

export async function clientQuery(query, variables, timeout) {
  let retryCount = 0;
  let lastError;
  let client;

  while (retryCount < RETRY_LIMIT) {
    try {
      client = await pool.connect();
      if (timeout) await client.query(`SET statement_timeout = ${parseInt(timeout)}`);
      const { rows } = await client.query(query, variables);
      return rows;
    } catch (err) {
      if (!RETRY_CODES.has(err.code)) return err;
      retryCount++;
      if (retryCount < RETRY_LIMIT) {
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** retryCount));
      }
      lastError = err;
    } finally {
      if (client) {
        client.release(true);
      }
    }
  }
  return lastError;
}
