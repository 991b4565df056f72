// Source: Superexpert/openai-customer-service-starter-kit — scripts/seed.js (main), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a starter kit carries the Next.js Learn seed script over: the client from @vercel/postgres's `db` pool is ended only if seedSitemaps resolves, and seedSitemaps logs and rethrows, so a failed CREATE leaves it checked out while main's catch only logs
const { db } = require("@vercel/postgres");

async function seedSitemaps(client) {
  try {
    await client.sql`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`;
    const createTable = await client.sql`
      CREATE TABLE IF NOT EXISTS sitemaps (id UUID DEFAULT uuid_generate_v4() PRIMARY KEY, sitemap TEXT NOT NULL);
    `;
    console.log(`Created "sitemaps" table`);
    return { createTable };
  } catch (error) {
    console.error("Error seeding users:", error);
    throw error;
  }
}

async function main() {
  const client = await db.connect();

  await seedSitemaps(client);

  await client.end();
}

main().catch((err) => {
  console.error("An error occurred while attempting to seed the database:", err);
});
