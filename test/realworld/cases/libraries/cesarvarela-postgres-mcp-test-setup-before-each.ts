// Source: cesarvarela/postgres-mcp — tests/setup/test-setup.ts (the beforeEach hook), reduced by hand, not copied
// Label: safe
// Why: the hook's client drops the tables and is handed to the file's `createTestSchema` for more queries inside the try; the finally releases it
import { beforeEach } from "vitest";
import { Pool } from "pg";

let testPool: Pool;

export function getTestPool(): Pool {
  if (!testPool) {
    testPool = new Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 10 });
  }
  return testPool;
}

declare function testConnection(): Promise<void>;

beforeEach(async () => {
  const pool = getTestPool();
  const client = await pool.connect();

  try {
    await client.query(`
      DROP TABLE IF EXISTS orders CASCADE;
      DROP TABLE IF EXISTS users CASCADE;
    `);
    await createTestSchema(client);
  } finally {
    client.release();
  }

  await testConnection();
});

async function createTestSchema(client: any) {
  await client.query("CREATE TABLE users (id SERIAL PRIMARY KEY, email VARCHAR(255) UNIQUE NOT NULL)");
  await client.query("CREATE TABLE orders (id SERIAL PRIMARY KEY, user_id INTEGER REFERENCES users(id))");
  await client.query("CREATE INDEX idx_users_email ON users(email)");
}
