// Drill s (runtime-s): another instrumentation on the same pool. watch() puts its wrapper on the pool instance, over
// pg-pool's prototype method; an APM that patches pg-pool's prototype after that (enabled late) never saw this pool's
// checkouts again — the own property hid its patch, and unwatch() put the old method back over it. The wrapper now
// calls the prototype's current method. Its twin: a wrapper the application puts on the instance after watch() sees
// every checkout either way, and poolguard counts them all.
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, withClient } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// A class of its own, so that patching its prototype touches no other test's pools.
class AppPool extends pg.Pool {}

function watched(): { pool: AppPool; monitor: PoolMonitor } {
  const pool = new AppPool({ connectionString: inject("databaseUrl"), max: 2 });
  const monitor = new PoolMonitor({ logger: new RecordingLogger(), leakDetectionMs: 60_000 }).watch(pool, { name: "main" });
  cleanups.push(() => pool.end(), () => monitor.stop());
  return { pool, monitor };
}

async function checkouts(pool: pg.Pool): Promise<void> {
  await pool.query("SELECT 1");
  await withClient(pool, (client) => client.query("SELECT 2"));
  const client = await pool.connect();
  client.release();
}

describe("another instrumentation on a watched pool (drill s)", () => {
  it("an APM that patches pg-pool's prototype after watch() sees the pool's checkouts, and still after unwatch()", async () => {
    const { pool, monitor } = watched();
    let seen = 0;
    const original = pg.Pool.prototype.connect;
    AppPool.prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
      seen++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    cleanups.push(() => void delete (AppPool.prototype as { connect?: unknown }).connect);
    await checkouts(pool);
    expect(seen).toBe(3);
    expect(monitor.stats()[0]!.waitTime.count).toBe(3);
    monitor.unwatch(pool);
    await checkouts(pool);
    expect(seen).toBe(6);
  });

  it("its twin: a wrapper put on the pool instance after watch() sees every checkout, and poolguard counts them", async () => {
    const { pool, monitor } = watched();
    let seen = 0;
    const watchedConnect = pool.connect;
    pool.connect = function (this: pg.Pool, ...args: unknown[]) {
      seen++;
      return (watchedConnect as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof pool.connect;
    await checkouts(pool);
    expect(seen).toBe(3);
    expect(monitor.stats()[0]!.waitTime.count).toBe(3);
    expect(monitor.stats()[0]!.useTime.count).toBe(3);
  });

  it("an APM that patches the Client's prototype connect, before watch() or after, sees every connection the pool opens; unwatch() gives back the pool's own Client", async () => {
    // A class of its own, patched as an APM patches pg.Client.prototype.connect (wrapping the callback it is given).
    class AppClient extends pg.Client {}
    const pool = new AppPool({ connectionString: inject("databaseUrl"), max: 2, Client: AppClient });
    cleanups.push(() => pool.end());
    const seen: string[] = [];
    const patch = (label: string) => {
      const previous = AppClient.prototype.connect;
      AppClient.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
        seen.push(label);
        const [callback] = args;
        if (typeof callback !== "function") return (previous as (...a: unknown[]) => unknown).apply(this, args);
        return (previous as (...a: unknown[]) => unknown).call(this, (...answer: unknown[]) => (callback as (...a: unknown[]) => unknown)(...answer));
      } as typeof previous;
    };
    patch("before");
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), leakDetectionMs: 60_000 }).watch(pool, { name: "main" });
    cleanups.push(() => monitor.stop());
    const one = await pool.connect();
    patch("after");
    const two = await pool.connect();
    expect(seen).toEqual(["before", "after", "before"]);
    // The clients are the application's class, with no connect of their own left on them.
    for (const client of [one, two]) {
      expect(client).toBeInstanceOf(AppClient);
      expect(Object.prototype.hasOwnProperty.call(client, "connect")).toBe(false);
    }
    expect(monitor.stats()[0]!.waitTime.count).toBe(2);
    one.release(true);
    two.release(true);
    monitor.unwatch(pool);
    expect((pool as unknown as { Client: unknown }).Client).toBe(AppClient);
    const three = await pool.connect();
    expect(seen).toEqual(["before", "after", "before", "after", "before"]);
    three.release();
  });
});
