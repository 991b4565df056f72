// Source: olyop/pg-helpers — src/transaction.ts at 6086709 (transaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally awaits the caller's `finallyHandler(client)` before `client.release()`; when that handler throws, the release is skipped
import { Pool, PoolClient } from "pg";

import { query } from "./query";

export const transaction =
  (pg: Pool) =>
  async (
    main: (client: PoolClient) => Promise<void>,
    onError: (client: PoolClient, error: unknown) => Promise<void>,
    onFinally: (client: PoolClient) => Promise<void>,
  ) => {
    const client = await pg.connect();
    try {
      await query(client)("BEGIN")();
      await main(client);
      await query(client)("COMMIT")();
    } catch (error) {
      await query(client)("ROLLBACK")();
      await onError(client, error);
    } finally {
      await onFinally(client);
      client.release();
    }
  };
