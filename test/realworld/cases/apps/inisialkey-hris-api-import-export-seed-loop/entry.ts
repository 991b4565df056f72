// Source: inisialkey/hris-api — test/import-export-lifecycle.integration.spec.ts at 01bc6e8 (beforeAll), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the seed sets a session-level tenant GUC on a checkout and inserts the users in a `for … of` loop with no try; `client.release()` follows the loop, so an INSERT that fails leaves the client checked out (and the later `db.app` statements may land on it with the tenant still set)
import { beforeAll, describe } from "vitest";
import { uuidv7 } from "uuidv7";
import { createTestDatabase, type TestDatabase } from "./db";

describe("import/export lifecycle", () => {
  let db: TestDatabase;
  const tenantId = uuidv7();
  const otherTenantId = uuidv7();
  const userA = uuidv7();
  const userB = uuidv7();

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const [id, slug] of [
      [tenantId, "imp-lifecycle"],
      [otherTenantId, "imp-other"],
    ] as const) {
      await db.app.query("INSERT INTO tenants (id, name, slug) VALUES ($1, $2, $2)", [id, slug]);
    }

    const client = await db.app.connect();
    await client.query("SELECT set_config('app.tenant_id', $1, false)", [tenantId]);
    for (const [id, email] of [
      [userA, "a@example.test"],
      [userB, "b@example.test"],
    ] as const) {
      await client.query("INSERT INTO users (id, tenant_id, email, password_hash, status) VALUES ($1, $2, $3, 'x', 'active')", [id, tenantId, email]);
    }
    client.release();
  });
});
