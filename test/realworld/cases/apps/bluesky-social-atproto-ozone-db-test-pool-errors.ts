// Source: bluesky-social/atproto — packages/ozone/tests/db.test.ts ('handles pool errors without crashing.'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test checks out a client and releases it only after its query, with no try: a failed query leaves it checked out for the rest of the suite
import { wait } from "@atproto/common";
import type { Database } from "../src/db";

declare const db: Database;
declare const otherPid: () => Promise<number>;

it("handles pool errors without crashing.", async () => {
  const conn1 = await db.pool.connect();
  const result = await conn1.query("select pg_backend_pid() as pid;");
  const pid: number = result.rows[0].pid;
  conn1.release();
  await wait(100);
  await db.pool.query(`select pg_terminate_backend(${pid});`);
  expect(await otherPid()).not.toBe(pid);
});
