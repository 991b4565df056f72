// Source: mathncode-sid/learn-postgresql — psql/psql-in-expressJS-guide.md at 085bd1f (the "Transaction Pattern" of Transactions and Concurrency), reduced by hand, not copied
// Label: safe
// Why: the two INSERTs sit between BEGIN and COMMIT in a try whose catch rolls back and rethrows and whose finally releases; the return leaves through the finally
import pg from "pg";

const pool = new pg.Pool({ database: process.env.DB_NAME });

export async function createUserWithProfile(name, email, bio) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const userResult = await client.query("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id", [name, email]);
    const userId = userResult.rows[0].id;
    await client.query("INSERT INTO user_profiles (user_id, bio) VALUES ($1, $2)", [userId, bio]);
    await client.query("COMMIT");
    return userId;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
