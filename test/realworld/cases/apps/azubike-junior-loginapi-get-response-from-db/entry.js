// Source: azubike-junior/loginApi-with-facebook-and-google — server/database/migrate.js (getResponseFromDb), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the shared query helper of every model checks out a client per query and never releases it, on success or failure: the pool runs dry after `max` queries
import pool from "./config";

const getResponseFromDb = async (sql, params = []) => {
  try {
    const client = await pool.connect();
    const result = await client.query(sql, params);
    return result.rows;
  } catch (e) {
    console.log(e);
  }
};

export default getResponseFromDb;
