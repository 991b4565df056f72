// Source: Zehelein/pg-transactional-outbox — __tests__/src/polling-outbox-inbox.spec.ts (the in-process messageReceiver), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is passed straight as an argument to the library's `executeTransaction`, which commits or rolls back and releases it on both paths
import { Pool } from "pg";
import { executeTransaction } from "pg-transactional-outbox";

interface Message {
  id: string;
  payload: unknown;
}

export function makeReceiver(config: { connectionString: string }, store: (message: Message, client: unknown) => Promise<void>) {
  const pool = new Pool(config);
  return async (message: Message): Promise<void> => {
    await executeTransaction(await pool.connect(), async (client) => {
      await store(message, client);
    });
  };
}
