// Source: neondatabase-labs/ai-rules — neon-serverless.mdc (Transactions: "Using Client for interactive transactions", a rule file AI assistants are given to write Neon code), reduced by hand, not copied
// Label: safe
// Why: BEGIN, both inserts and COMMIT are inside the try; the catch rolls back and rethrows, the finally releases
import { Pool, neonConfig } from "@neondatabase/serverless";
import ws from "ws";

neonConfig.webSocketConstructor = ws;
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function createUserWithProfile(name, bio) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const {
      rows: [{ id }],
    } = await client.query("INSERT INTO users(name) VALUES($1) RETURNING id", [name]);
    await client.query("INSERT INTO profiles(user_id, bio) VALUES($1, $2)", [id, bio]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
