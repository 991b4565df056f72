// A checkout of a watched pool allocates no record when its client's last one is spare (runtime-x: the monitor's
// cost per checkout is its objects and writes, not its work): the same object, reset, for each checkout of a client,
// unless something still refers to the last one after its release — a sample queued for the site table, a checkout
// attributed to its site, a leak reported. Those keep their record; what the monitor reports stays the same.
import { once } from "node:events";
import pg from "pg";
import { afterEach, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import type { CheckoutRecord } from "../../src/runtime/leak-detector.js";
import { RecordingLogger } from "./monitor-logs.js";

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function watched(options: ConstructorParameters<typeof PoolMonitor>[0] = {}) {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({ logger, ...options }).watch(pool, { name: "main" });
  cleanups.push(() => pool.end(), () => monitor.stop());
  // The monitor's weak list of its pools (watched-set.ts): the watched pool as it is held now.
  type Inside = { clients: { current(client: object): CheckoutRecord | undefined } };
  const inside = (monitor as unknown as { pools: { all(): Inside[] } }).pools.all()[0]!;
  /** The record of the checkout of `client` now. */
  const recordOf = (client: object) => inside.clients.current(client);
  return { pool, monitor, logger, recordOf };
}

it("each checkout of a client reuses its last record, reset as new, when nothing else refers to it", async () => {
  const { pool, monitor, recordOf } = watched({ siteSampleRate: 0 });
  const first = await pool.connect();
  const record = recordOf(first)!;
  expect(record).toMatchObject({ client: first, reported: false, pendingSite: false, armed: false });
  const startedAt = record.startedAt;
  first.release();
  expect(recordOf(first)).toBeUndefined();
  const second = await pool.connect();
  expect(second).toBe(first);
  expect(recordOf(second)).toBe(record);
  expect(record.startedAt).toBeGreaterThan(startedAt);
  second.release();
  // Every checkout and return is counted as before.
  expect(monitor.stats()[0]).toMatchObject({ waitTime: { count: 2 }, useTime: { count: 2 }, usedCount: 0 });
});

it("a sampled checkout keeps its record (queued for the site table): the next checkout of its client gets a new one", async () => {
  const { pool, monitor, recordOf } = watched({ siteSampleRate: 1 });
  const first = await pool.connect();
  const record = recordOf(first)!;
  expect(record.captured).toBeDefined();
  first.release();
  const second = await pool.connect();
  expect(recordOf(second)).not.toBe(record);
  second.release();
  // Both checkouts are attributed to this file, each with its hold time.
  const sites = monitor.sites("main");
  expect(sites.reduce((sum, site) => sum + site.checkouts, 0)).toBe(2);
  expect(sites.every((site) => site.site.includes("checkout-record-reuse.test.ts"))).toBe(true);
});

it("with leak detection, a leak reported keeps its record for its return's report; a new checkout gets a new one", async () => {
  const { pool, monitor, recordOf } = watched({ leakDetectionMs: 50, captureStacks: "always", siteSampleRate: 0 });
  const reported = once(monitor, "leak");
  const first = await pool.connect();
  const record = recordOf(first)!;
  expect((await reported)[0]).toMatchObject({ phase: "held", stackCaptured: true });
  expect(record.reported).toBe(true);
  const returned = once(monitor, "leak");
  first.release();
  expect((await returned)[0]).toMatchObject({ phase: "returned" });
  const second = await pool.connect();
  expect(recordOf(second)).not.toBe(record);
  // A checkout released within its threshold, never reported: spare, and reused by the next.
  const plain = recordOf(second)!;
  second.release();
  const third = await pool.connect();
  expect(recordOf(third)).toBe(plain);
  expect(plain.captured).toBeDefined();
  third.release();
});
