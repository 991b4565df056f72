// withClient and withTransaction when the server closes its client's connection in the middle of a query (a restart, a shutdown,
// pg_terminate_backend). Round five's drill, a restart under load: pg keeps such a client queryable until its socket
// closes, so given back with a plain release() it went to the idle list and pg-pool handed it to the next caller,
// whose query then failed with "Connection terminated unexpectedly" — six of sixteen failed requests.
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { withClient, withTransaction } from "../../src/runtime/index.js";

const APPLICATION_NAME = "poolguard-with-client-killed";

describe("withClient whose connection the server closes mid-query", () => {
  const pools: pg.Pool[] = [];
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.end();
  });

  it.each([
    ["withClient", (pool: pg.Pool, sql: string) => withClient(pool, (client) => client.query(sql))],
    // withTransaction destroyed it already, after its ROLLBACK failed on the closed socket: pinned.
    ["withTransaction", (pool: pg.Pool, sql: string) => withTransaction(pool, (client) => client.query(sql))],
  ])("%s destroys the client instead of handing it to the next caller", async (_, helper) => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1, application_name: APPLICATION_NAME });
    pools.push(pool);
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    try {
      const killed = helper(pool, "SELECT pg_sleep(30)").then(
        () => undefined,
        (error: { code?: string }) => error.code,
      );
      // Polled until the backend runs the query (no event says so), then terminated mid-query.
      for (;;) {
        const { rows } = await admin.query<{ killed: boolean }>(
          "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1 AND state = 'active'",
          [APPLICATION_NAME],
        );
        if (rows.some((row) => row.killed)) break;
      }
      // The next caller is queued before the first one's client comes back: it gets whatever comes back.
      const following = withClient(pool, (client) => client.query<{ one: number }>("SELECT 1 AS one"));
      expect(await killed).toBe("57P01");
      expect((await following).rows[0]!.one).toBe(1);
    } finally {
      await admin.end();
    }
  });
});
