// Source: Systeric/packages — packages/pgmq/src/PgQueue.ts (PgQueue.withTransaction), reduced by hand, not copied
// Label: safe
// Why: the client's bound query and an enqueue closure are lent to the callback inside the try; the catch rolls back (a failed ROLLBACK is reported as an event, never thrown over the original), the finally releases
import { EventEmitter } from "events";
import type { Pool } from "pg";

interface TransactionContext {
  query: (...args: any[]) => Promise<any>;
  enqueue: (props: { type: string; payload: unknown }) => Promise<string>;
}

export class PgQueue extends EventEmitter {
  constructor(
    private pool: Pool,
    private repository: { enqueue(message: { id: string }, opts: { client: unknown }): Promise<void> },
  ) {
    super();
  }

  async withTransaction<T>(callback: (tx: TransactionContext) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");

      const tx: TransactionContext = {
        query: client.query.bind(client),
        enqueue: async (props) => {
          const message = { id: crypto.randomUUID(), ...props };
          await this.repository.enqueue(message, { client });
          return message.id;
        },
      };

      const result = await callback(tx);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        this.emit("error", new Error("Failed to rollback transaction"));
      }
      throw new Error("Transaction failed");
    } finally {
      client.release();
    }
  }
}
