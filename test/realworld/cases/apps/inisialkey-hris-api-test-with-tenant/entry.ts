// Source: inisialkey/hris-api — test/approval-constraints.integration.spec.ts at 01bc6e8 (withTenant, a helper local to the describe block), reduced by hand, not copied
// Label: safe
// Why: the test's own transaction helper checks out of `db.app`, sends BEGIN and the tenant GUC inside the try, awaits ROLLBACK in the catch and releases in the finally, so a failed ROLLBACK still reaches the release
import type { PoolClient } from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { createTestDatabase, type TestDatabase } from "./db";

describe("approval constraints", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.app.end();
  });

  async function withTenant<T>(tenantId: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await db.app.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
});
