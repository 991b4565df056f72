// Source: saltcorn/saltcorn — packages/postgres/postgres.ts (withTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client from getClient (./db: `pool.connect()`) is put on the request context and `await client.query("BEGIN;")` runs before the try whose finally releases; a failed BEGIN (a dropped connection, a full pool's timeout on the server side) throws with the client held
import { getClient } from "./db";

declare function getRequestContext(): { client: unknown; inTransaction: boolean } | undefined;
declare function sql_log(text: string): void;
declare function setRequestUserContext(client: unknown, local: boolean): Promise<void>;

export const withTransaction = async (
  f: (rollback: () => Promise<void>) => Promise<unknown>,
  onError?: (e: Error) => unknown,
): Promise<unknown> => {
  const client = await getClient();
  const reqCon = getRequestContext();
  if (reqCon) {
    reqCon.client = client;
    reqCon.inTransaction = true;
  }
  sql_log("BEGIN;");
  await client.query("BEGIN;");
  let aborted = false;
  const rollback = async () => {
    aborted = true;
    await client.query("ROLLBACK;");
  };
  try {
    await setRequestUserContext(client, true);
    const result = await f(rollback);
    if (!aborted) await client.query("COMMIT;");
    return result;
  } catch (error) {
    if (!aborted) await client.query("ROLLBACK;");
    if (onError) return onError(error as Error);
    throw error;
  } finally {
    if (reqCon) {
      reqCon.client = null;
      reqCon.inTransaction = false;
    }
    client.release();
  }
};
