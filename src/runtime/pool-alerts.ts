// A watched pool's alert episodes (hysteresis: see alert-episodes.ts): callers waiting, connection errors, and
// utilisation judged over time (utilization-window.ts). Each raises the monitor's `alert` event once per episode.
import { AlertEpisode } from "./alert-episodes.js";
import type { AlertEvent } from "./monitor-types.js";
import * as messages from "./pool-messages.js";
import { SustainedUtilization } from "./utilization-window.js";

export interface PoolAlertSettings {
  alertClearMs: number;
  sustainedMs: number;
  warnUtilizationPercent: number;
  max: number;
  /** A long-lived pool is full by design: its utilisation is never judged. */
  longLived: boolean;
}

export class PoolAlerts {
  private readonly waitingEpisode: AlertEpisode;
  private readonly errorEpisode: AlertEpisode;
  private readonly sustained: SustainedUtilization;
  // The refusals alerted in the open connection-error episode (a few SQLSTATEs: bounded).
  private readonly refusalsAlerted = new Set<string>();

  constructor(
    private readonly poolName: string,
    private readonly settings: PoolAlertSettings,
    now: number,
    private readonly raise: (kind: AlertEvent["kind"], message: string) => void,
  ) {
    const { alertClearMs, sustainedMs, max, warnUtilizationPercent } = settings;
    this.waitingEpisode = new AlertEpisode(alertClearMs);
    this.errorEpisode = new AlertEpisode(alertClearMs);
    this.sustained = new SustainedUtilization(sustainedMs, max, warnUtilizationPercent, alertClearMs, now);
  }

  /** Someone waits with no client idle (true), or nobody waits (false); `message` is asked only to raise the alert. */
  waiting(active: boolean, now: number, message: () => string): void {
    if (this.waitingEpisode.observe(active, now)) this.raise("waiting", message());
  }

  /** Observing "nobody waits" only matters to an open episode (it may close it): a checkout asks this first. */
  get waitingOpen(): boolean {
    return this.waitingEpisode.isOpen;
  }

  /**
   * A connection error (true), or an interval without one (false). `refusal` is the kind of a server's refusal of
   * the pool (connection-errors.ts refusalKind): the first of each kind in an episode is alerted too, so a database
   * dropped after the drop's own 57P01 opened the episode is advised as missing (drill ll). At most one alert a kind.
   */
  connectionErrors(active: boolean, now: number, message: () => string, refusal?: string): void {
    if (this.errorEpisode.observe(active, now)) {
      this.refusalsAlerted.clear();
      if (refusal !== undefined) this.refusalsAlerted.add(refusal);
      this.raise("connection-errors", message());
    } else if (active && refusal !== undefined && !this.refusalsAlerted.has(refusal)) {
      this.refusalsAlerted.add(refusal);
      this.raise("connection-errors", message());
    }
  }

  /** The used count from `now` on; `judge` re-judges the mean now (the periodic tick). */
  utilization(used: number, now: number, judge = false): void {
    if (this.settings.longLived) return;
    const meanPercent = judge ? this.sustained.judge(now) : this.sustained.observe(used, now);
    if (meanPercent === undefined) return;
    const { warnUtilizationPercent, sustainedMs } = this.settings;
    this.raise("sustained-utilization", messages.sustainedWarning(this.poolName, warnUtilizationPercent, sustainedMs, meanPercent));
  }
}
