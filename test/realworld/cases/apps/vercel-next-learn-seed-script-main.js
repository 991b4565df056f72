// Source: vercel/next-learn — dashboard/starter-example/scripts/seed.js at 9b33959 (main), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Next.js Learn course's seed script checks a client out of @vercel/postgres's `db` pool and only ends it after all four seeders succeed; each seeder logs and rethrows, so a failed one skips `client.end()` and main's catch only logs
const { db } = require("@vercel/postgres");
const { users, customers } = require("../app/lib/placeholder-data.js");

async function seedUsers(client) {
  try {
    await client.sql`CREATE TABLE IF NOT EXISTS users (id UUID PRIMARY KEY, name VARCHAR(255) NOT NULL)`;
    return await Promise.all(users.map((user) => client.sql`INSERT INTO users (id, name) VALUES (${user.id}, ${user.name}) ON CONFLICT (id) DO NOTHING;`));
  } catch (error) {
    console.error("Error seeding users:", error);
    throw error;
  }
}

async function seedCustomers(client) {
  try {
    await client.sql`CREATE TABLE IF NOT EXISTS customers (id UUID PRIMARY KEY, name VARCHAR(255) NOT NULL)`;
    return await Promise.all(customers.map((c) => client.sql`INSERT INTO customers (id, name) VALUES (${c.id}, ${c.name}) ON CONFLICT (id) DO NOTHING;`));
  } catch (error) {
    console.error("Error seeding customers:", error);
    throw error;
  }
}

async function main() {
  const client = await db.connect();

  await seedUsers(client);
  await seedCustomers(client);

  await client.end();
}

main().catch((err) => {
  console.error("An error occurred while attempting to seed the database:", err);
});
