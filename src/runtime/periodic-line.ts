// A watched pool's periodic tick: one log line each interval — info, or the warning it escalates to (callers waiting,
// a pool that cannot serve, clients lost, callers timing out) — and the alert episodes it moves.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import type { ConnectionErrors } from "./connection-errors.js";
import type { HeldClients } from "./held-clients.js";
import type { MonitorHost } from "./monitor-host.js";
import type { OpenConnections } from "./open-connections.js";
import type { PoolAlerts } from "./pool-alerts.js";
import type { PoolCounter } from "./pool-counts.js";
import type { PoolEnd } from "./pool-end.js";
import * as messages from "./pool-messages.js";
import type { PoolReadiness } from "./pool-readiness.js";
import type { ServeState } from "./serve-state.js";

export interface PeriodicLineParts {
  name: string;
  pool: pg.Pool;
  longLived: boolean;
  host: MonitorHost;
  counter: PoolCounter;
  connections: OpenConnections;
  alerts: PoolAlerts;
  errors: ConnectionErrors;
  serve: ServeState;
  readiness: PoolReadiness;
  clients: HeldClients;
  end: PoolEnd;
  waitingMessage: (timedOut?: number) => string;
}

export class PeriodicLine {
  /** The checkouts timed out at the last line: the line says how many gave up since. */
  private timeoutsReported = 0;

  constructor(private readonly parts: PeriodicLineParts) {}

  /** Logs the line, given the checkouts timed out so far; true when it was the ended pool's last. */
  tick(timeouts: number): boolean {
    const { name, pool, host, counter, connections, alerts, errors, serve, readiness, clients, end, waitingMessage } =
      this.parts;
    const counts = counter.counts();
    const now = performance.now();
    const timedOut = timeouts - this.timeoutsReported;
    this.timeoutsReported = timeouts;
    serve.queueAtTick(counts.waitingCount, counts.totalCount);
    alerts.utilization(counts.totalCount - counts.idleCount, now);
    alerts.utilization(counts.totalCount - counts.idleCount, now, true);
    alerts.connectionErrors(errors.tick(now), now, () => "");
    // An ending pool never serves its queue (see messages.strandedCallers): its callers wait on no holder.
    const ending = pool.ending === true;
    if (counts.waitingCount > 0 && !ending) {
      host.log("warn", waitingMessage(timedOut));
      alerts.waiting(true, now, waitingMessage);
      return false;
    }
    alerts.waiting(false, now, waitingMessage);
    const stalled = connections.stalled();
    let unservable =
      serve.reason() ?? (stalled > 0 ? messages.stalledConnects(stalled) : undefined) ?? readiness.readOnlyReason();
    if (ending && counts.waitingCount > 0) unservable = `${unservable}; ${messages.strandedCallers(counts.waitingCount)}`;
    // pool.end() finished: said once more, then nothing is left to watch (see WatchedPool.retire()).
    const ended = pool.ended === true;
    if (ended) unservable = `${unservable}; ${messages.lastLine(name, end.stillWanted())}`;
    const line = messages.periodicLine(name, counts, {
      unservable,
      lost: clients.lost,
      timedOut,
      probeHeld: serve.probeHeld(),
      warnUtilizationPercent: this.parts.longLived ? undefined : host.settings.warnUtilizationPercent,
    });
    host.log(line.level, line.message);
    return ended;
  }
}
