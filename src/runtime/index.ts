// poolguard/runtime: imports nothing from eslint, typescript or ts-morph; pg is a peer.

// runtime core: helpers and the monitor
export { withClient, withTransaction, type IsolationLevel, type TransactionOptions } from "./with-client.js";
export { PoolMonitor, DEFAULT_SITE_SAMPLE_RATE } from "./monitor.js";
export type {
  AlertEvent,
  CaptureStacks,
  HistogramSnapshot,
  LeakEvent,
  LockBlocker,
  LockWaitEvent,
  MonitorLogger,
  PoolMonitorOptions,
  PoolSnapshot,
  PoolStats,
  ReadinessSnapshot,
  SiteStats,
  WatchOptions,
} from "./monitor.js";

// ops endpoints: /health, /readyz, /metrics for node:http, Express and Fastify
export { opsHandler, type OpsHandler, type OpsMonitor, type OpsOptions } from "./ops-handler.js";
export { opsFastifyPlugin } from "./fastify.js";
export { opsAccess, type OpsAccessMiddleware } from "./ops-access.js";
export { createMetricsRegistry, METRIC_NAMES } from "./metrics.js";
export {
  createAccessPolicy,
  isInternalAddress,
  type AccessDecision,
  type AllowOption,
  type TrustProxyOption,
} from "./access.js";
