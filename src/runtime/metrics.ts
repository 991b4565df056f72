// /metrics: the monitor's pool statistics as Prometheus metrics named after OpenTelemetry's db.client.connection.*,
// read from monitor.stats() at scrape time into a registry of their own (never prom-client's global one).
import { Counter, Gauge, Registry, type Metric } from "prom-client";

export interface HistogramSnapshotLike {
  count: number;
  sumSeconds: number;
  /** Upper bounds in seconds (the last one Infinity), counts cumulative. */
  buckets: ReadonlyArray<{ le: number; count: number }>;
}

/** The fields of the monitor's PoolStats the metrics read. */
export interface PoolStatsLike {
  poolName: string;
  max: number;
  idleCount: number;
  usedCount: number;
  waitingCount: number;
  /** Connections being opened for callers; absent counts as none. */
  connectingCount?: number;
  /** Checked-out clients whose connection broke, still held by the application (in usedCount); absent counts as none. */
  lostCount?: number;
  timeouts: number;
  /** Cumulative connection errors by kind; absent counts as none. */
  connectionErrors?: Readonly<Record<string, number>>;
  waitTime: HistogramSnapshotLike;
  useTime: HistogramSnapshotLike;
}

export interface MetricsSource {
  stats(): readonly PoolStatsLike[];
}

export const METRIC_NAMES = {
  count: "db_client_connection_count",
  max: "db_client_connection_max",
  pendingRequests: "db_client_connection_pending_requests",
  lost: "db_client_connection_lost",
  timeouts: "db_client_connection_timeouts_total",
  connectionErrors: "db_client_connection_errors_total",
  waitTime: "db_client_connection_wait_time_seconds",
  useTime: "db_client_connection_use_time_seconds",
} as const;

interface SampleValue {
  value: number;
  labels: Record<string, string | number>;
  metricName: string;
}

function bucketLabel(le: number): string {
  return le === Infinity ? "+Inf" : String(le);
}

/**
 * A histogram whose buckets come ready-made from the monitor. prom-client's Histogram can only be fed one
 * observation at a time, so this object speaks the registry's metric protocol (`name`, `help`, `type`, `get()`)
 * itself and prom-client still does the text formatting and escaping.
 */
class SnapshotHistogram {
  readonly type = "histogram";
  readonly aggregator = "sum";
  readonly labelNames = ["pool_name"];

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => ReadonlyArray<{ poolName: string; histogram: HistogramSnapshotLike }>,
  ) {}

  async get(): Promise<{ name: string; help: string; type: string; aggregator: string; values: SampleValue[] }> {
    const values: SampleValue[] = [];
    for (const { poolName, histogram } of this.read()) {
      const labels = { pool_name: poolName };
      let sawInfinity = false;
      for (const bucket of histogram.buckets) {
        sawInfinity ||= bucket.le === Infinity;
        values.push({
          metricName: `${this.name}_bucket`,
          labels: { ...labels, le: bucketLabel(bucket.le) },
          value: bucket.count,
        });
      }
      // Prometheus requires the +Inf bucket; it always equals the total count.
      if (!sawInfinity) {
        values.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le: "+Inf" }, value: histogram.count });
      }
      values.push({ metricName: `${this.name}_sum`, labels, value: histogram.sumSeconds });
      values.push({ metricName: `${this.name}_count`, labels, value: histogram.count });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    // Nothing is stored here: every scrape reads the monitor afresh.
  }
}

/** A registry whose metrics are read from `source.stats()` on every scrape. */
export function createMetricsRegistry(source: MetricsSource): Registry {
  const registry = new Registry();
  // Each metric reads the monitor when it is collected: stats() is cheap, and nothing goes stale between scrapes.
  const stats = (): readonly PoolStatsLike[] => source.stats();

  new Gauge({
    name: METRIC_NAMES.count,
    help: "Connections in the pool by state: idle (ready for a checkout) or used (checked out).",
    labelNames: ["pool_name", "state"],
    registers: [registry],
    collect() {
      this.reset();
      for (const pool of stats()) {
        this.set({ pool_name: pool.poolName, state: "idle" }, pool.idleCount);
        this.set({ pool_name: pool.poolName, state: "used" }, pool.usedCount);
      }
    },
  });
  new Gauge({
    name: METRIC_NAMES.max,
    help: "The most connections the pool may open (its max setting).",
    labelNames: ["pool_name"],
    registers: [registry],
    collect() {
      this.reset();
      for (const pool of stats()) this.set({ pool_name: pool.poolName }, pool.max);
    },
  });
  new Gauge({
    name: METRIC_NAMES.pendingRequests,
    help: "Checkouts waiting for a connection right now.",
    labelNames: ["pool_name"],
    registers: [registry],
    collect() {
      this.reset();
      // OpenTelemetry's "pending requests for an open connection": queued for a free client, or waiting for a new
      // connection to open (against a hung database, the whole wait).
      for (const pool of stats()) this.set({ pool_name: pool.poolName }, pool.waitingCount + (pool.connectingCount ?? 0));
    },
  });
  // Not in OpenTelemetry, named as its neighbours: a checked-out client whose connection the server closed stays
  // checked out (pg-pool keeps it until it is given back), so `used` alone counts it as a live connection in use —
  // the listen pool of dead LISTEN handlers would read exactly as a healthy one.
  new Gauge({
    name: METRIC_NAMES.lost,
    help: 'Checked-out connections that broke (closed by the server) and that the application still holds: counted in state="used", useless until released.',
    labelNames: ["pool_name"],
    registers: [registry],
    collect() {
      this.reset();
      for (const pool of stats()) this.set({ pool_name: pool.poolName }, pool.lostCount ?? 0);
    },
  });
  new Counter({
    name: METRIC_NAMES.timeouts,
    help: "Checkouts that gave up waiting for a connection (connectionTimeoutMillis exceeded).",
    labelNames: ["pool_name"],
    registers: [registry],
    collect() {
      this.reset();
      for (const pool of stats()) this.inc({ pool_name: pool.poolName }, pool.timeouts);
    },
  });

  // OpenTelemetry has no connection-error metric; its name follows the others, and the kind is OpenTelemetry's
  // `error.type` attribute (the error's code: `ECONNREFUSED`, `57P01`, or `timeout`), bounded per pool.
  new Counter({
    name: METRIC_NAMES.connectionErrors,
    help: "Connection errors by kind: connects that failed, connections that broke, readiness round trips that failed.",
    labelNames: ["pool_name", "error_type"],
    registers: [registry],
    collect() {
      this.reset();
      for (const pool of stats()) {
        for (const [kind, count] of Object.entries(pool.connectionErrors ?? {})) {
          this.inc({ pool_name: pool.poolName, error_type: kind }, count);
        }
      }
    },
  });

  const histograms = [
    new SnapshotHistogram(METRIC_NAMES.waitTime, "Time a checkout waited for a connection, in seconds.", () =>
      stats().map((pool) => ({ poolName: pool.poolName, histogram: pool.waitTime })),
    ),
    new SnapshotHistogram(METRIC_NAMES.useTime, "Time a connection was held between checkout and release, in seconds.", () =>
      stats().map((pool) => ({ poolName: pool.poolName, histogram: pool.useTime })),
    ),
  ];
  // The registry accepts any object with the metric protocol; its type names only prom-client's own classes.
  for (const histogram of histograms) registry.registerMetric(histogram as unknown as Metric);
  return registry;
}
