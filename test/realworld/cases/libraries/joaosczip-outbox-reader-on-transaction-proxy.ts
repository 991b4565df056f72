// Source: joaosczip/outbox-reader — packages/core/src/outbox-repository.ts (OutboxRepository.onTransaction), reduced by hand, not copied
// Label: safe
// Why: the callback gets a Proxy of the repository whose `pool` reads the client; BEGIN, the callback and COMMIT run in the try, the catch rolls back and rethrows, the finally releases
import type { Pool } from "pg";

export class OutboxRepository {
  constructor(private pool: Pool) {}

  async markDone(id: string): Promise<void> {
    await this.pool.query("UPDATE outbox SET status = 'done' WHERE id = $1", [id]);
  }

  async onTransaction(callback: (tx: OutboxRepository) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const transaction = new Proxy(this, {
        get(target, prop) {
          if (prop === "pool") {
            return client;
          }
          return Reflect.get(target, prop);
        },
      });
      await callback(transaction);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
