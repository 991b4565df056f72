// Source: constructive-io/constructive — postgres/pg-query-context/src/index.ts (pgQueryContext), reduced by hand, not copied
// Label: safe
// Why: a checkout only when the caller passed a pool, made inside the try; the finally releases it when it is one (`shouldRelease && pgClient && 'release' in pgClient`)
import type { ClientBase, Pool, PoolClient, QueryResult } from "pg";

declare function execContext(client: ClientBase, context: Record<string, string>): Promise<void>;

export async function pgQueryContext({
  client,
  context = {},
  query = "",
  variables = [],
  skipTransaction = false,
}: {
  client: Pool | ClientBase;
  context?: Record<string, string>;
  query?: string;
  variables?: unknown[];
  skipTransaction?: boolean;
}): Promise<QueryResult> {
  const isPool = "connect" in client;
  const shouldRelease = isPool;
  let pgClient: ClientBase | PoolClient | null = null;
  try {
    pgClient = isPool ? await (client as Pool).connect() : (client as ClientBase);
    if (!skipTransaction) await pgClient.query("BEGIN");
    await execContext(pgClient, context);
    const result = await pgClient.query(query, variables);
    if (!skipTransaction) await pgClient.query("COMMIT");
    return result;
  } catch (error) {
    if (pgClient && !skipTransaction) {
      await pgClient.query("ROLLBACK").catch(() => {});
    }
    throw error;
  } finally {
    if (shouldRelease && pgClient && "release" in pgClient) {
      pgClient.release();
    }
  }
}
