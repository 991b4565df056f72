// Source: rory-hayes/Conduit — services/worker/tests/jobClaiming.test.ts (the vi.mock of ../src/db.js), reduced by hand, not copied
// Label: safe
// Why: the test swaps the worker's withClient for one on a pg-mem Pool (pg's API), with the same `try { return await fn(client) } finally { client.release() }`
import { describe, expect, it, vi } from "vitest";
import { newDb } from "pg-mem";
import pg from "pg";

const db = newDb();
const { Pool } = db.adapters.createPg();
const pool = new Pool();

db.public.none(`CREATE TABLE jobs (id uuid PRIMARY KEY, type text NOT NULL, status text NOT NULL)`);

vi.mock("../src/db.js", async () => ({
  withClient: async (fn: (client: pg.PoolClient) => Promise<unknown>) => {
    const client = await pool.connect();
    try {
      return await fn(client);
    } finally {
      client.release();
    }
  },
}));

const { claimNextJob } = await import("../src/jobs/queue.js");

describe("job claiming", () => {
  it("claims jobs with SKIP LOCKED semantics", async () => {
    const first = await claimNextJob();
    expect(first?.status).toBe("running");
  });
});
