// A watched pool whose `connect` another wrapper defers (an APM that awaits its context, the application's own
// wrapper): the callers it holds back are not in pg-pool's queue yet. What /readyz, the periodic line and the waiting
// alert say of the callers queued, read behind such a wrapper put on after watch() — on the instance, or on pg-pool's
// prototype (which the watched pool's wrapper calls through, drill s).
import pg from "pg";
import { afterEach, expect, inject, it } from "vitest";
import { PoolMonitor, type AlertEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

class AppPool extends pg.Pool {}

type Connect = (this: pg.Pool, ...args: unknown[]) => unknown;
/** A wrapper that calls through one turn later (setImmediate), in pg-pool's promise form. */
const deferring = (inner: Connect): Connect =>
  function (this: pg.Pool, ...args: unknown[]) {
    return new Promise((resolve) => setImmediate(resolve)).then(() => inner.apply(this, args));
  };
const turn = () => new Promise((resolve) => setImmediate(resolve));

for (const where of ["the instance", "pg-pool's prototype"] as const) {
  it(`a deferring wrapper on ${where} after watch(): /readyz, the line and the alert count the callers queued`, async () => {
    const pool = new AppPool({ connectionString: inject("databaseUrl"), max: 1 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000 }).watch(pool, { name: "main" }).start();
    const alerts: AlertEvent[] = [];
    monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
    cleanups.push(() => pool.end(), () => monitor.stop());
    if (where === "the instance") {
      pool.connect = deferring(pool.connect as unknown as Connect) as unknown as typeof pool.connect;
    } else {
      AppPool.prototype.connect = deferring(pg.Pool.prototype.connect as unknown as Connect) as unknown as typeof pool.connect;
      cleanups.push(() => void delete (AppPool.prototype as { connect?: unknown }).connect);
    }
    const held = await pool.connect();
    const queued = [pool.connect(), pool.connect()].map((checkout) => checkout.then((client) => client.release()));
    cleanups.push(() => {
      held.release();
      return Promise.all(queued);
    });
    // Both are in pg-pool's queue after the wrapper's turn.
    await turn();
    await turn();
    expect(pool.waitingCount).toBe(2);
    const readiness = await monitor.readiness();
    expect(readiness.pools[0]).toMatchObject({ waitingCount: 2, totalCount: 1, idleCount: 0 });
    (monitor as unknown as { tick(): void }).tick();
    expect(logger.lines.at(-1)?.message).toMatch(/^Pool 'main' has 2 waiting client\(s\)/);
    // The waiting alert: raised when the first caller queued, with what was true then, behind a wrapper on the
    // instance (it calls the watched pool's wrapper, which sees pg-pool take the request). Behind one on pg-pool's
    // prototype, pg-pool takes it after the watched pool's wrapper returned: the alert waits for the next tick, which
    // says what is true then (documented in docs/drills.md, drill s: late by at most one interval, never untrue).
    const expected = where === "the instance" ? 1 : 2;
    expect(alerts.map((alert) => [alert.kind, alert.waitingCount])).toEqual([["waiting", expected]]);
  });
}
