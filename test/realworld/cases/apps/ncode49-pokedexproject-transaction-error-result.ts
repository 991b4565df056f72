// Source: Ncode49/PokedexProject — backend/src/services/Repository/utils.ts (transaction), reduced by hand, not copied
// Label: safe
// Why: a failed callback or query is turned into an error result in the catch (after ROLLBACK); the finally releases on every path, a failing ROLLBACK included
import { Pool, PoolClient, QueryResult } from "pg";
import { createCatchErrorMessage } from "..";

export const transaction = async <Data>(pool: Pool, f: (client: PoolClient) => Promise<QueryResult<Data>>) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await f(client);
    await client.query("COMMIT");
    return { type: "success", queryReturn: result };
  } catch (error) {
    await client.query("ROLLBACK");
    return createCatchErrorMessage(error);
  } finally {
    client.release();
  }
};
