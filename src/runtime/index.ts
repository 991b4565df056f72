// poolguard/runtime: imports nothing from eslint, typescript or ts-morph; pg is a peer.

// runtime core: helpers and the monitor
export { withClient, withTransaction, type IsolationLevel, type TransactionOptions } from "./with-client.js";
export { PoolMonitor, DEFAULT_SITE_SAMPLE_RATE } from "./monitor.js";
export type {
  AlertEvent,
  HistogramSnapshot,
  LeakEvent,
  MonitorLogger,
  PoolMonitorOptions,
  PoolSnapshot,
  PoolStats,
  ReadinessSnapshot,
  SiteStats,
  WatchOptions,
} from "./monitor.js";
