// Source: AA-TheCape/ROAS-Radar — test/metadata-refresh-locks.integration.test.ts (shared-account lock test), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try whose finally unlocks and releases there are only `new Date("…")` of a literal (an invalid string gives an Invalid Date, never a throw) and counters set to 0
import assert from "node:assert/strict";
import test from "node:test";
import { pool } from "../src/db/pool.js";
import { refreshMetadata } from "../src/modules/metadata/refresh.js";

test("metadata refresh waits for the shared-account lock", async () => {
  const previousFetch = globalThis.fetch;
  const lockClient = await pool.connect();
  const now = new Date("2026-04-11T12:00:00.000Z");
  let googleFetches = 0;

  try {
    globalThis.fetch = (async () => {
      googleFetches += 1;
      return new Response("{}", { status: 200 });
    }) as typeof fetch;
    await lockClient.query("SELECT pg_advisory_lock(hashtext($1), hashtext($2))", ["google_ads", "shared"]);
    const result = await refreshMetadata({ now });
    assert.equal(result.skipped, true);
    assert.equal(googleFetches, 0);
  } finally {
    globalThis.fetch = previousFetch;
    await lockClient.query("SELECT pg_advisory_unlock_all()").catch(() => undefined);
    lockClient.release();
  }
});
