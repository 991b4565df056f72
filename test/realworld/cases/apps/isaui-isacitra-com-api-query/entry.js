// Source: isaui/isacitra.com_api — db/query.js (query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: release() follows the awaited query outside any finally: a failing query leaks the client
import pool from "./pool.js";

const query = async (queryString) => {
  const client = await pool.connect();
  const result = await client.query(queryString);
  client.release();
  return result;
};

export default query;
