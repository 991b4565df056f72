// /metrics as a scraper reads it: the text is parsed back and compared with what the pools really hold.
import pg from "pg";
import { Histogram, Registry, register as globalRegistry } from "prom-client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createMetricsRegistry, METRIC_NAMES, type PoolStatsLike } from "../../src/runtime/metrics.js";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { parsePrometheusText, sampleValue, type Exposition } from "./prometheus-text.js";

const quiet = { info() {}, warn() {} };

async function scrape(registry: Registry): Promise<Exposition> {
  return parsePrometheusText(await registry.metrics());
}

describe("histograms converted from the monitor's bucket snapshot", () => {
  it("read exactly like prom-client's own histogram fed the same observations", async () => {
    const bounds = [0.001, 0.01, 0.1, 1];
    const observations = [0.0004, 0.002, 0.002, 0.05, 0.3, 2.5, 7];
    const reference = new Registry();
    const native = new Histogram({
      name: METRIC_NAMES.waitTime,
      help: "reference",
      labelNames: ["pool_name"],
      buckets: bounds,
      registers: [reference],
    });
    for (const value of observations) native.observe({ pool_name: "main" }, value);

    const cumulative = [...bounds, Infinity].map((le) => ({
      le,
      count: observations.filter((value) => value <= le).length,
    }));
    const snapshot = {
      count: observations.length,
      sumSeconds: observations.reduce((a, b) => a + b, 0),
      buckets: cumulative,
    };
    const empty = { count: 0, sumSeconds: 0, buckets: [{ le: Infinity, count: 0 }] };
    const stats: PoolStatsLike[] = [
      { poolName: "main", max: 1, idleCount: 0, usedCount: 0, waitingCount: 0, timeouts: 0, waitTime: snapshot, useTime: empty },
    ];
    const ours = await scrape(createMetricsRegistry({ stats: () => stats }));
    const theirs = await scrape(reference);

    const series = (exposition: Exposition) =>
      exposition.samples.filter((sample) => sample.name.startsWith(METRIC_NAMES.waitTime));
    expect(series(ours)).toHaveLength(bounds.length + 3);
    expect(series(ours).toSorted(bySeries)).toEqual(series(theirs).toSorted(bySeries));
    expect(ours.types.get(METRIC_NAMES.waitTime)).toBe("histogram");
  });

  it("adds the +Inf bucket when a snapshot lacks it", async () => {
    const partial = { count: 3, sumSeconds: 0.5, buckets: [{ le: 0.1, count: 2 }] };
    const stats: PoolStatsLike[] = [
      { poolName: "p", max: 1, idleCount: 0, usedCount: 0, waitingCount: 0, timeouts: 0, waitTime: partial, useTime: partial },
    ];
    const text = await scrape(createMetricsRegistry({ stats: () => stats }));
    expect(sampleValue(text, `${METRIC_NAMES.useTime}_bucket`, { pool_name: "p", le: "+Inf" })).toBe(3);
    expect(sampleValue(text, `${METRIC_NAMES.useTime}_bucket`, { pool_name: "p", le: "0.1" })).toBe(2);
  });

  it("escapes pool names that need it", async () => {
    const empty = { count: 0, sumSeconds: 0, buckets: [{ le: Infinity, count: 0 }] };
    const name = 'odd "name"\\with\nnewline';
    const stats: PoolStatsLike[] = [
      { poolName: name, max: 7, idleCount: 0, usedCount: 0, waitingCount: 0, timeouts: 0, waitTime: empty, useTime: empty },
    ];
    const text = await scrape(createMetricsRegistry({ stats: () => stats }));
    expect(sampleValue(text, METRIC_NAMES.max, { pool_name: name })).toBe(7);
  });
});

function bySeries(a: { name: string; labels: Record<string, string> }, b: { name: string; labels: Record<string, string> }) {
  const key = (s: typeof a) => `${s.name}${JSON.stringify(Object.entries(s.labels).sort())}`;
  return key(a).localeCompare(key(b));
}

describe("metrics of real pools", () => {
  let main: pg.Pool;
  let listen: pg.Pool;
  let monitor: PoolMonitor;
  let registry: Registry;

  beforeAll(() => {
    const connectionString = inject("databaseUrl");
    main = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 10_000 });
    listen = new pg.Pool({ connectionString, max: 2 });
    monitor = new PoolMonitor({ logger: quiet });
    monitor.watch(main, { name: "main" }).watch(listen, { name: "listen", longLived: true });
    registry = createMetricsRegistry(monitor);
  });

  afterAll(async () => {
    monitor.stop();
    await Promise.all([main.end(), listen.end()]);
  });

  it("count by state, max, pending requests and hold times follow the pools", async () => {
    const held = [await main.connect(), await main.connect()];
    const listener = await listen.connect();
    for (const client of held) await client.query("SELECT 1");
    const busy = await scrape(registry);
    expect(sampleValue(busy, METRIC_NAMES.count, { pool_name: "main", state: "used" })).toBe(2);
    expect(sampleValue(busy, METRIC_NAMES.count, { pool_name: "main", state: "idle" })).toBe(main.idleCount);
    expect(sampleValue(busy, METRIC_NAMES.count, { pool_name: "listen", state: "used" })).toBe(1);
    expect(sampleValue(busy, METRIC_NAMES.max, { pool_name: "main" })).toBe(4);
    expect(sampleValue(busy, METRIC_NAMES.max, { pool_name: "listen" })).toBe(2);
    expect(sampleValue(busy, METRIC_NAMES.pendingRequests, { pool_name: "main" })).toBe(0);
    const waitCount = sampleValue(busy, `${METRIC_NAMES.waitTime}_count`, { pool_name: "main" });
    expect(waitCount).toBeGreaterThanOrEqual(2);
    expect(sampleValue(busy, `${METRIC_NAMES.waitTime}_bucket`, { pool_name: "main", le: "+Inf" })).toBe(waitCount);

    const usedBefore = sampleValue(busy, `${METRIC_NAMES.useTime}_count`, { pool_name: "main" });
    for (const client of held) client.release();
    listener.release();
    const after = await scrape(registry);
    expect(sampleValue(after, METRIC_NAMES.count, { pool_name: "main", state: "used" })).toBe(0);
    expect(sampleValue(after, METRIC_NAMES.count, { pool_name: "main", state: "idle" })).toBe(main.idleCount);
    expect(sampleValue(after, `${METRIC_NAMES.useTime}_count`, { pool_name: "main" })).toBe(usedBefore + 2);
    expect(sampleValue(after, `${METRIC_NAMES.useTime}_sum`, { pool_name: "main" })).toBeGreaterThan(0);
  });

  it("pending requests while a checkout waits, timeouts once it gives up", async () => {
    const before = sampleValue(await scrape(registry), METRIC_NAMES.timeouts, { pool_name: "main" });
    const held = await Promise.all([main.connect(), main.connect(), main.connect(), main.connect()]);
    // Short only now that the pool is full: opening connections on a loaded machine may take longer than this.
    main.options.connectionTimeoutMillis = 200;
    const waiting = main.connect();
    const outcome = waiting.then(
      () => "connected",
      (error: Error) => error.message,
    );
    const during = await scrape(registry);
    expect(sampleValue(during, METRIC_NAMES.pendingRequests, { pool_name: "main" })).toBe(1);
    expect(sampleValue(during, METRIC_NAMES.count, { pool_name: "main", state: "used" })).toBe(4);
    expect(await outcome).toMatch(/timeout exceeded when trying to connect/);
    const after = await scrape(registry);
    expect(sampleValue(after, METRIC_NAMES.timeouts, { pool_name: "main" })).toBe(before + 1);
    expect(sampleValue(after, METRIC_NAMES.pendingRequests, { pool_name: "main" })).toBe(0);
    main.options.connectionTimeoutMillis = 10_000;
    for (const client of held) client.release();
  });

  it("names, types and labels: OpenTelemetry names, only pool_name/state/le labels, never a site", async () => {
    const held = await main.connect();
    held.release();
    const text = await scrape(registry);
    expect(Object.fromEntries(text.types)).toEqual({
      [METRIC_NAMES.count]: "gauge",
      [METRIC_NAMES.max]: "gauge",
      [METRIC_NAMES.pendingRequests]: "gauge",
      [METRIC_NAMES.lost]: "gauge",
      [METRIC_NAMES.timeouts]: "counter",
      [METRIC_NAMES.connectionErrors]: "counter",
      [METRIC_NAMES.waitTime]: "histogram",
      [METRIC_NAMES.useTime]: "histogram",
    });
    const labelNames = new Set(text.samples.flatMap((sample) => Object.keys(sample.labels)));
    expect([...labelNames].sort()).toEqual(["le", "pool_name", "state"]);
    expect(new Set(text.samples.map((sample) => sample.labels.pool_name))).toEqual(new Set(["main", "listen"]));
  });

  it("counts connection errors by pool and kind (error_type), from the first failed connect", async () => {
    const url = new URL(inject("databaseUrl"));
    url.port = "1";
    const broken = new pg.Pool({ connectionString: url.toString(), max: 1 });
    const watcher = new PoolMonitor({ logger: quiet }).watch(broken, { name: "broken" });
    try {
      const own = createMetricsRegistry(watcher);
      const none = await scrape(own);
      expect(none.samples.filter((sample) => sample.name === METRIC_NAMES.connectionErrors)).toEqual([]);
      await expect(broken.query("SELECT 1")).rejects.toThrow(/ECONNREFUSED/);
      await expect(broken.query("SELECT 1")).rejects.toThrow(/ECONNREFUSED/);
      const after = await scrape(own);
      expect(sampleValue(after, METRIC_NAMES.connectionErrors, { pool_name: "broken", error_type: "ECONNREFUSED" })).toBe(2);
      expect(after.types.get(METRIC_NAMES.connectionErrors)).toBe("counter");
    } finally {
      watcher.stop();
      await broken.end();
    }
  });

  it("keeps its metrics out of prom-client's global registry, so two handlers can coexist", async () => {
    const second = createMetricsRegistry(monitor);
    expect(sampleValue(await scrape(second), METRIC_NAMES.max, { pool_name: "main" })).toBe(4);
    expect(await globalRegistry.metrics()).not.toContain("db_client_connection");
  });
});
