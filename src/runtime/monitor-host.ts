// What a watched pool needs from its monitor (monitor.ts): the settings it was started with, whether it runs, and
// where log lines and events go.
import type { CaptureStacks } from "./capture-policy.js";
import type { LeakEvent } from "./leak-detector.js";
import type { LockWaitEvent } from "./lock-waits.js";
import type { AlertEvent } from "./monitor-types.js";

export interface MonitorSettings {
  warnUtilizationPercent: number;
  leakDetectionMs: number | undefined;
  sustainedMs: number;
  maxSitesPerPool: number;
  /** An alert episode ends after its condition has been clear this long. */
  alertClearMs: number;
  /** The readiness round trip's bound, and how long its answer is reused. */
  readinessTimeoutMs: number;
  readinessCacheMs: number;
  /** The periodic interval: at most one connection-error line per pool per interval. */
  intervalMs: number;
  captureStacks: CaptureStacks;
}

/** What a watched pool needs from its monitor. */
export interface MonitorHost {
  readonly settings: MonitorSettings;
  /** False after stop(): no leak timers are armed. */
  isRunning(): boolean;
  sampleSite(): boolean;
  log(level: "info" | "warn", message: string): void;
  notify(event: "leak", payload: LeakEvent): void;
  notify(event: "alert", payload: AlertEvent): void;
  notify(event: "lock-wait", payload: LockWaitEvent): void;
}
