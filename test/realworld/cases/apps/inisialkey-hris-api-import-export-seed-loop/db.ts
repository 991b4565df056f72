import { Pool } from "pg";

export interface TestDatabase {
  admin: Pool;
  app: Pool;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = new Pool({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  const app = new Pool({ connectionString: process.env.TEST_APP_DATABASE_URL });
  return { admin, app };
}
