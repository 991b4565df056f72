// Source: mubeendevelops/sync-flow — apps/server/src/seed.ts at 13ca88a0 (main), reduced by hand, not copied
// Label: safe
// Why: the seed script's own pool; the deletes, the argon2 hash, the inserts, COMMIT and the console summary run in a `try` whose `catch` rolls back and rethrows and whose `finally` releases, then ends the pool
import pg from "pg";
import argon2 from "argon2";

const USERS = [
  { username: "alice", email: "alice@syncflow.io", displayName: "Alice" },
  { username: "bob", email: "bob@syncflow.io", displayName: "Bob" },
];
const DEV_PASSWORD = "password123";

async function main() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM users WHERE email = ANY($1)", [USERS.map((u) => u.email)]);

    const passwordHash = await argon2.hash(DEV_PASSWORD);
    const userIds: Record<string, string> = {};
    for (const user of USERS) {
      const { rows } = await client.query<{ id: string }>(
        "INSERT INTO users (username, email, display_name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id",
        [user.username, user.email, user.displayName, passwordHash],
      );
      userIds[user.email] = rows[0].id;
    }

    await client.query("COMMIT");
    console.log(`Seeded ${USERS.length} users.`);
    for (const user of USERS) console.log(`  ${user.displayName} <${user.email}> — id ${userIds[user.email]}`);
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
    await pool.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
