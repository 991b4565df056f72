// Source: vercel/next-learn — dashboard/starter-example/app/seed/route.ts at d379162 (module body and GET, as students uncomment it), reduced by hand, not copied
// Label: hand-over
// Why: the route module checks one client out of @vercel/postgres's `db` pool when it loads and keeps it for the module's life; GET runs its BEGIN…COMMIT on that shared client and is not the one to release it (5,493 stored repositories hold an app/seed/route.ts, most of them copies of this file)
import { db } from "@vercel/postgres";
import { users } from "../lib/placeholder-data";

const client = await db.connect();

async function seedUsers() {
  await client.sql`CREATE TABLE IF NOT EXISTS users (id UUID PRIMARY KEY, name VARCHAR(255) NOT NULL)`;
  return Promise.all(users.map((user) => client.sql`INSERT INTO users (id, name) VALUES (${user.id}, ${user.name}) ON CONFLICT (id) DO NOTHING;`));
}

export async function GET() {
  try {
    await client.sql`BEGIN`;
    await seedUsers();
    await client.sql`COMMIT`;

    return Response.json({ message: "Database seeded successfully" });
  } catch (error) {
    await client.sql`ROLLBACK`;
    return Response.json({ error }, { status: 500 });
  }
}
