// Source: paulinopjc/live-polls-vue-node — backend/src/services/pollService.ts at 55a18b0 (pollService.create, whose polls the socket.io server streams to voters), reduced by hand, not copied
// Label: safe
// Why: the poll and its options are inserted between BEGIN and COMMIT in a try; the catch awaits ROLLBACK and rethrows, the finally releases, and only then is the new poll read back through the pool
import { pool } from "../db/connection";
import { generatePollId } from "../lib/ids";

interface CreatePollInput {
  question: string;
  options: string[];
}

export const pollService = {
  async create(input: CreatePollInput, userId?: number) {
    const id = generatePollId();
    const status = userId ? "pending" : "approved";
    const client = await pool.connect();

    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO polls (id, question, user_id, status) VALUES ($1, $2, $3, $4)", [id, input.question, userId ?? null, status]);

      for (let position = 0; position < input.options.length; position++) {
        await client.query("INSERT INTO poll_options (poll_id, label, position) VALUES ($1, $2, $3)", [id, input.options[position], position]);
      }

      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }

    const { rows } = await pool.query("SELECT * FROM polls WHERE id = $1", [id]);
    return rows[0];
  },
};
