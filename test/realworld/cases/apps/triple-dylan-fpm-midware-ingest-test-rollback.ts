// Source: Triple-dylan/FPM-Midware — integration/ghl-ingest.integration.test.ts (creates lead … in one transaction), reduced by hand, not copied
// Label: safe
// Why: a vitest case checks out from a possibly-undefined pool (`pool!`), runs its assertions in a transaction it rolls back, and releases in the finally, which a failed `expect` passes too
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { ingestContact } from "../src/ingest.js";

const databaseUrl = process.env.TEST_DATABASE_URL;
const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl }) : undefined;

describe("contact ingest", () => {
  afterAll(async () => {
    await pool?.end();
  });

  it.skipIf(!databaseUrl)("creates one lead per contact", async () => {
    const client = await pool!.connect();
    try {
      await client.query("BEGIN");
      await ingestContact(client, { email: "jane@example.com" });
      await ingestContact(client, { email: "jane@example.com" });
      const leads = await client.query("select count(*)::text as n from leads where email = $1", ["jane@example.com"]);
      expect(Number(leads.rows[0].n)).toBe(1);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  });
});
