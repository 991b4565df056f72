// Source: jessicarush/react-notes — nextjs_databases.md (the "Seeding (with @vercel/postgres)" script's main, copied from the Next.js Learn course), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the notes keep the course's main: the client from @vercel/postgres's `db` pool is ended only after every seeder resolved, and each seeder logs and rethrows, so a failure leaves it checked out while main's catch only logs
const { db } = require("@vercel/postgres");
const { customers } = require("../app/lib/placeholder-data.js");

async function seedCustomers(client) {
  try {
    const createTable = await client.sql`CREATE TABLE IF NOT EXISTS customers (id UUID PRIMARY KEY, name VARCHAR(255) NOT NULL)`;
    const insertedCustomers = await Promise.all(
      customers.map((customer) => client.sql`INSERT INTO customers (id, name) VALUES (${customer.id}, ${customer.name}) ON CONFLICT (id) DO NOTHING;`),
    );
    console.log(`Seeded ${insertedCustomers.length} customers`);
    return { createTable, customers: insertedCustomers };
  } catch (error) {
    console.error("Error seeding customers:", error);
    throw error;
  }
}

async function main() {
  const client = await db.connect();
  await seedCustomers(client);
  await client.end();
}

main().catch((err) => {
  console.error("An error occurred while attempting to seed the database:", err);
});
