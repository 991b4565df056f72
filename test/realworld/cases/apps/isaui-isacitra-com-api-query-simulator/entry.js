// Source: isaui/isacitra.com_api — db/query.js (querySimulator), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the second pool, a named export with the project's own name, leaks the same way when its query throws
import { querySimulatorPool } from "./pool.js";

export const querySimulator = async (queryString) => {
  const client = await querySimulatorPool.connect();
  const result = await client.query(queryString);
  client.release();
  return result;
};
