// Source: inisialkey/hris-api — test/document-lifecycle.integration.spec.ts at 01bc6e8 (beforeAll seeding under a session GUC), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the seed checks a client out of `db.app`, sets a session-level tenant GUC and sends three INSERTs with no try; `client.release()` comes after them, so a failing INSERT (a constraint, RLS) throws past it and the client stays checked out — with the tenant GUC still set on it
import { beforeAll } from "vitest";
import { uuidv7 } from "uuidv7";
import { createTestDatabase, type TestDatabase } from "./db";

let db: TestDatabase;
const tenantId = uuidv7();
const companyId = uuidv7();
const userId = uuidv7();
const employeeId = uuidv7();

beforeAll(async () => {
  db = await createTestDatabase();
  await db.app.query("INSERT INTO tenants (id, name, slug) VALUES ($1, $2, $2)", [tenantId, "doc-lifecycle"]);
  // One connection: RLS needs the tenant set, and the pool hands out a different connection per statement.
  const client = await db.app.connect();
  await client.query("SELECT set_config('app.tenant_id', $1, false)", [tenantId]);
  await client.query("INSERT INTO companies (id, tenant_id, code, name) VALUES ($1, $2, $3, $4)", [companyId, tenantId, "C1", "Company One"]);
  await client.query("INSERT INTO users (id, tenant_id, email, password_hash, status) VALUES ($1, $2, 'subject@example.test', 'x', 'active')", [userId, tenantId]);
  await client.query("INSERT INTO employees (id, tenant_id, company_id, user_id, employee_number, full_name) VALUES ($1, $2, $3, $4, 'E-0001', 'Subject')", [employeeId, tenantId, companyId, userId]);
  client.release();
});
