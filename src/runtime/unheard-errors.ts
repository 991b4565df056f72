// A connection error that only the monitor heard (drill ss). watch() puts an `error` listener on the pool and on each
// client it hands out, so an application with none of its own no longer crashes when the server ends a session: an
// `error` event with no listener is thrown as an uncaught exception, which ends the process. That the monitor keeps it
// alive must not hide that the application would die without it (unwatched, or in a process without poolguard): the
// first such error on the pool, and the first on a checked-out client, are said once each, at the emit itself — and
// what it would have done without the monitor as the process is set up: an `uncaughtException` handler of the
// application's would have taken it instead of the process exiting (drill 34c).
import type { EventEmitter } from "node:events";
import { errorKind, errorMessage } from "./connection-errors.js";

type Listener = (...args: never[]) => unknown;

/**
 * Whether the `error` event being emitted on `emitter` has no listener but `ours` (pg-pool's own listener on an idle
 * client counts: it passes the error to the pool's). False when the emitter cannot say.
 */
export function heardOnlyBy(emitter: unknown, ours: Listener): boolean {
  try {
    const listeners = (emitter as { listeners?: (event: string) => unknown }).listeners?.("error");
    return Array.isArray(listeners) && listeners.length > 0 && listeners.every((listener) => listener === ours);
  } catch {
    return false;
  }
}

type ErrorEmitter = Pick<EventEmitter, "on"> & Partial<Pick<EventEmitter, "prependListener">>;

/**
 * Adds the monitor's `error` listener ahead of the application's. An event is emitted on a copy of the listeners, and
 * a `once` listener removes itself before it runs: behind one, heardOnlyBy would find only the monitor's.
 */
export function listenFirst(emitter: ErrorEmitter, event: "error", listener: Parameters<EventEmitter["on"]>[1]): void {
  if (typeof emitter.prependListener === "function") emitter.prependListener(event, listener);
  else emitter.on(event, listener);
}

export type UnheardOn = "pool" | "client";

/**
 * Whether the process catches uncaught exceptions (drill 34c): an `uncaughtException` listener, or a capture callback
 * (domain-style, `process.setUncaughtExceptionCaptureCallback`). Then an `error` event nobody heard would have gone
 * there instead of ending the process. (`uncaughtExceptionMonitor` listeners only watch: the process still exits.)
 */
export function uncaughtExceptionsCaught(): boolean {
  try {
    return process.listenerCount("uncaughtException") > 0 || process.hasUncaughtExceptionCaptureCallback();
  } catch {
    return false;
  }
}

/** What an `error` event nobody heard would have done without the monitor, as the process is set up now. */
function withoutTheMonitor(caught: boolean): string {
  return caught
    ? "an uncaught exception, handed to the process's `uncaughtException` handler (the process goes on only if that " +
        "handler lets it; nothing tells it which pool's connection broke)"
    : "an uncaught exception, and the process would have exited";
}

export function unheardErrorLine(poolName: string, on: UnheardOn, error: unknown, caught = false): string {
  const what = `${errorKind(error)}: ${errorMessage(error)}`;
  if (on === "pool") {
    return (
      `Pool '${poolName}': a connection error of an idle client (${what}) reached no \`error\` listener of the ` +
      "application's on the pool, only the monitor's: without the monitor pg-pool's `error` event would have been " +
      `${withoutTheMonitor(caught)}. Add \`pool.on("error", (err) => …)\` (log it: pg-pool removes the broken client itself)`
    );
  }
  return (
    `Pool '${poolName}': a connection error of a checked-out client (${what}) reached no \`error\` listener of the ` +
    "application's on that client, only the monitor's: without the monitor the client's `error` event would have been " +
    `${withoutTheMonitor(caught)}. A client held with no query in flight hears of a ` +
    'broken connection only through that event: listen for it while the client is held (`client.on("error", …)`, ' +
    "then `client.release(err)`)"
  );
}

/** Says, once per pool and per emitter kind, an error event that only the monitor's listener heard. Never throws. */
export class UnheardErrors {
  private said = { pool: false, client: false };

  constructor(
    private readonly poolName: string,
    private readonly warn: (message: string) => void,
  ) {}

  check(on: UnheardOn, emitter: unknown, ours: Listener, error: unknown): void {
    if (this.said[on] || !heardOnlyBy(emitter, ours)) return;
    this.said[on] = true;
    try {
      this.warn(unheardErrorLine(this.poolName, on, error, uncaughtExceptionsCaught()));
    } catch {
      // The logger is the host's: see MonitorHost.log.
    }
  }
}
