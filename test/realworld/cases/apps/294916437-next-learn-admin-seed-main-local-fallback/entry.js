// Source: 294916437/Next-Learn-Admin — scripts/seed.js (main), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a copy of the Next.js Learn seed script that takes a local dedicated Client when LOCAL_VERCEL_POSTGRES is set and otherwise checks out of @vercel/postgres's `db` pool; on that branch a failed seeder (they log and rethrow) skips `client.end()` and main's catch only logs
const { db } = require("@vercel/postgres");
const { getClient } = require("./pg-local");
const { users } = require("../app/lib/placeholder-data.js");

async function seedUsers(client) {
  try {
    await client.sql`CREATE TABLE IF NOT EXISTS users (id UUID PRIMARY KEY, name VARCHAR(255) NOT NULL)`;
    const insertedUsers = await Promise.all(
      users.map((user) => client.sql`INSERT INTO users (id, name) VALUES (${user.id}, ${user.name}) ON CONFLICT (id) DO NOTHING;`),
    );
    return { users: insertedUsers };
  } catch (error) {
    console.error("Error seeding users:", error);
    throw error;
  }
}

async function main() {
  const client = process.env.LOCAL_VERCEL_POSTGRES ? await getClient() : await db.connect();

  await seedUsers(client);

  await client.end();
}

main().catch((err) => {
  console.error("An error occurred while attempting to seed the database:", err);
});
