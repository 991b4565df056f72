// Source: Rotorsoft/eventually-monorepo — libs/eventually-pg/src/PostgresMessageQueue.ts (dequeue), reduced by hand, not copied
// Label: safe
// Why: the early `return false` and the rethrow both leave through the finally that releases; BEGIN, the locked select, the callback and COMMIT are all inside the try
import { Pool } from "pg";

type Message = { id: number; stream: string; data: unknown };

const log = () => ({ trace: (..._args: unknown[]) => {}, error: (..._args: unknown[]) => {} });

export const PostgresMessageQueue = (table: string, config: { connectionString: string }) => {
  const pool = new Pool(config);
  return {
    dequeue: async (callback: (m: Message) => Promise<void>, { stream }: { stream?: string } = {}) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows: next } = await client.query<Message>(
          `SELECT * FROM "${table}" WHERE stream = $1 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [stream],
        );
        if (next.length === 0) {
          log().trace(`No messages available for stream: ${stream}`);
          await client.query("ROLLBACK");
          return false;
        }
        const message = next[0]!;
        await callback(message);
        await client.query(`DELETE FROM "${table}" WHERE id = $1`, [message.id]);
        await client.query("COMMIT");
        return true;
      } catch (err) {
        await client.query("ROLLBACK");
        log().error(err);
        throw err;
      } finally {
        client.release();
      }
    },
  };
};
