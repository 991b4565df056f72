// The warning a pool with callers waiting logs each interval, and its `waiting` alert's message: who holds the
// clients (the top sites, and how many nobody can name), or, with no connection open, what the callers wait for.
import type { OpenConnections } from "./open-connections.js";
import type { PoolCounter } from "./pool-counts.js";
import * as messages from "./pool-messages.js";
import type { ServeState } from "./serve-state.js";
import type { SiteTable } from "./site-table.js";
import type { WaitingCallers } from "./waiting-callers.js";

const TOP_HOLDERS_IN_LOG = 3;

export interface WaitingLineParts {
  name: string;
  sites: SiteTable;
  counter: PoolCounter;
  connections: OpenConnections;
  serve: ServeState;
  /** The queued callers' stacks: holders that wait on themselves are said (a nested checkout). */
  waiters: WaitingCallers;
  /** Brings the site table up to date (see WatchedPool.attributeHeld). */
  attributeHeld: () => void;
}

/** The line, with how many callers gave up waiting since the last one. */
export function waitingLine(parts: WaitingLineParts): (timedOut?: number) => string {
  const { name, sites, counter, connections, serve, waiters, attributeHeld } = parts;
  return (timedOut = 0) => {
    attributeHeld();
    const holding = sites.sorted().filter((entry) => entry.held > 0);
    // The clients out whose site nobody knows (not captured, not sampled): said, so the named ones do not pass for all.
    const named = holding.reduce((sum, entry) => sum + entry.held, 0);
    const unnamed = Math.max(0, counter.used() - named);
    const top = holding.slice(0, TOP_HOLDERS_IN_LOG);
    // No connection open: nobody holds the pool, the callers wait for connections to open (drill o, a hung server).
    const noneOpen =
      counter.counts().totalCount === 0
        ? messages.noConnectionOpen(counter.max, connections.connecting(), serve.failure())
        : undefined;
    const nested = messages.nestedCheckouts(waiters.nested(holding));
    return messages.waitingWarning(name, counter.waiting(), top, unnamed, timedOut, noneOpen, nested);
  };
}
