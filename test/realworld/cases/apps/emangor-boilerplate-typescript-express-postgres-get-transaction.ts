// Source: emangor/boilerplate-typescript-express-postgres — src/utils/dbUtil.ts at b0a821d (getTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the boilerplate's transaction helper returns the client after BEGIN from inside a try whose catch only rethrows a new Error; when BEGIN rejects, the client is neither returned nor released
import { Pool, PoolClient } from "pg";

const pool = new Pool({ max: Number(process.env.DB_MAX_CLIENTS) });

export const getTransaction = async (): Promise<PoolClient> => {
  console.debug("getTransaction()");
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    return client;
  } catch (error) {
    throw new Error(error.message);
  }
};
