// Source: Cap-go/capgo — tests/org-tombstone-lock.test.ts ("rejects a concurrent id reuse…"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally awaits a ROLLBACK helper and Promise.allSettled before `release()`; when the ROLLBACK rejects, the release is skipped
import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import { Pool } from "pg";
import { afterAll, expect, it } from "vitest";

const pool = new Pool({ connectionString: process.env.POSTGRES_URL });

afterAll(async () => {
  await pool.end();
});

async function rollbackIfOpen(client: PoolClient, open: boolean): Promise<void> {
  if (open) await client.query("ROLLBACK");
}

it("rejects a concurrent id reuse", async () => {
  const orgId = randomUUID();
  const deleting = await pool.connect();
  let open = false;
  let other: Promise<unknown> | undefined;
  try {
    await deleting.query("BEGIN");
    open = true;
    await deleting.query("DELETE FROM orgs WHERE id = $1::uuid", [orgId]);
    other = pool.query("INSERT INTO orgs (id) VALUES ($1::uuid)", [orgId]).catch((error: unknown) => error);
    await deleting.query("COMMIT");
    open = false;
    expect(await other).toBeInstanceOf(Error);
  } finally {
    await rollbackIfOpen(deleting, open);
    await Promise.allSettled(other ? [other] : []);
    deleting.release();
    await pool.query("DELETE FROM orgs WHERE id = $1::uuid", [orgId]);
  }
});
