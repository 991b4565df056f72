// The leak reports' lines: a client held past leakDetectionMs (one, or a burst of them without a stack summed up),
// its return, and its connection breaking after the report. Spelled once, like every line (pool-messages.ts).
export interface LeakDescription {
  poolName: string;
  heldMs: number;
  thresholdMs: number;
  site: string;
  fn: string;
  stack: string;
  stackCaptured: boolean;
  helper: "withClient" | "withTransaction" | undefined;
  /** A query was in flight on the client (see LeakEvent.inQuery); absent: not known (a return, a burst). */
  inQuery?: boolean;
  /** Its connection broke while held (see LeakEvent.connectionLost). */
  connectionLost?: string | undefined;
  /** Inside a transaction, or a failed one (see LeakEvent.transaction). */
  transaction?: "open" | "failed" | undefined;
  /** How long of the hold the event loop was blocked (see LeakEvent.loopBlockedMs); absent or 0: not said. */
  loopBlockedMs?: number;
  /** The process's CPU time meanwhile (see LeakEvent.loopCpuMs). */
  loopCpuMs?: number;
  /**
   * Leaks reported from its site so far, this one included: the site table's count (bounded like the table, see
   * site-table.ts: a site evicted as the least recently seen starts again). Said from the second on.
   */
  siteLeaks?: number;
  /** The query in flight is one an earlier holder left running (see LeakEvent.abandonedQuery). */
  abandonedQuery?: { site: string; fn: string; text: string | undefined };
}

/**
 * Said of a client whose query in flight an earlier holder gave back running (drill 34b): which holder, and what was
 * left; the advice is for that holder's code.
 */
export function abandonedQueryClause(abandoned: { site: string; fn: string; text: string | undefined }): string {
  const where = abandoned.site === "unknown" ? "an unknown site" : `${abandoned.site} (${abandoned.fn})`;
  const what = abandoned.text ? `\`${abandoned.text}\`` : "a query";
  return (
    `${what}, left running by the holder that acquired the client at ${where} and gave it back with a plain ` +
    "`release()` while it ran (pg's `query_timeout` rejects a query without cancelling it; a query not awaited before " +
    "the release goes back the same way). Release a client whose query timed out with `client.release(err)` (the " +
    "pool closes it), or bound queries with `statement_timeout`, which the server enforces"
  );
}

/**
 * The stall of the event loop a late report measured, said as measured: the process's own work when it used the CPU
 * for at least half of the stall, else the process was kept waiting (a synchronous wait, or other processes on the
 * cores) — a late timer alone cannot tell those apart.
 */
function stallClause(blockedMs: number, cpuMs: number): string {
  return 2 * cpuMs >= blockedMs
    ? `, at least ${blockedMs} ms of it with the event loop blocked by this process's own work (${cpuMs} ms of CPU ` +
        "meanwhile: CPU-bound code; nothing could release it)"
    : `, at least ${blockedMs} ms of it with the event loop stalled while this process used ${cpuMs} ms of CPU ` +
        "(kept off the cores by other processes, or waiting in a synchronous call; nothing could release it)";
}

/**
 * Said of a client waiting for a query's answer: what holds it is the query, a lock it waits for, or the database, as
 * far as is known here; when the database says it is a lock, one more line names its holder (lock-waits.ts).
 */
const WAITING_FOR_QUERY =
  "it is waiting for the answer to a query (a slow query, a lock wait, or a database that does not answer)";

/**
 * Said of a client inside a transaction: what it holds meanwhile (the transaction's locks), which a release without
 * an end of the transaction would hand to the next caller still open.
 */
function transactionClause(state: "open" | "failed"): string {
  return state === "open"
    ? "inside an open transaction (BEGIN with no COMMIT or ROLLBACK yet) that holds its locks meanwhile: sessions that need those rows or tables wait for it"
    : "inside a failed transaction (an error after BEGIN, no ROLLBACK yet): its queries fail until ROLLBACK, and it holds its locks meanwhile";
}

export function leakHeldWarning(leak: LeakDescription): string {
  const where = leak.site === "unknown" ? "an unknown site" : `${leak.site} (${leak.fn})`;
  let held = `has been held for ${Math.round(leak.heldMs)} ms (leakDetectionMs ${leak.thresholdMs})`;
  if (leak.loopBlockedMs) held += stallClause(leak.loopBlockedMs, leak.loopCpuMs ?? 0);
  const intro = `Possible connection leak in pool '${leak.poolName}': a client acquired`;
  let head: string;
  if (leak.abandonedQuery !== undefined && leak.connectionLost === undefined) {
    // Not this holder's leak: its own queries wait behind an earlier holder's; its stack would point at the wrong code.
    const through = leak.helper ? ` through \`${leak.helper}\`` : "";
    return (
      `Pool '${leak.poolName}': a client acquired${through} at ${where} ${held}, not by a leak of its holder's: its ` +
      `queries wait behind one an earlier holder gave back unfinished — ${abandonedQueryClause(leak.abandonedQuery)}`
    );
  } else if (leak.connectionLost !== undefined) {
    // Whatever held it, the client is dead now (its next query fails): what to do is to give it back for a new one.
    const broke = `its connection broke while it was held (${leak.connectionLost}), so its queries fail`;
    head = leak.helper
      ? `${intro} through \`${leak.helper}\` at ${where} ${held}; ${broke}; \`${leak.helper}\` gives it back when its ` +
        "callback settles, so the callback is still running"
      : `${intro} at ${where} ${held}; ${broke}: release it with \`client.release(err)\` so that the pool replaces it, ` +
        "in a `finally` or with `withClient`";
  } else if (leak.helper) {
    // A helper releases when its callback settles: advice to release in a `finally` would describe the code it has.
    head =
      `${intro} through \`${leak.helper}\` at ${where} ${held}; \`${leak.helper}\` gives it back when its callback ` +
      "settles, so the callback is still running: " +
      (leak.inQuery === undefined
        ? "a slow query, or an `await` that never settles"
        : leak.inQuery
          ? WAITING_FOR_QUERY
          : "an `await` that has not settled (no query is in flight on its client)") +
      (leak.transaction ? `, ${transactionClause(leak.transaction)}` : "");
  } else if (leak.inQuery) {
    // Held by a query in flight (the outage drill's blackholed server, a long report): the missing release is not
    // known yet, and the advice holds only if the client stays out after the answer.
    const within = leak.transaction ? `, ${transactionClause(leak.transaction)}` : "";
    head =
      `${intro} at ${where} ${held}; ${WAITING_FOR_QUERY}${within}. If it is not returned once the query ends, ` +
      "release it in a `finally` or use `withClient`";
  } else if (leak.transaction) {
    // Released as it is, the client would go back to the pool still in its transaction, locks and all.
    head =
      `${intro} at ${where} ${held}; it is idle ${transactionClause(leak.transaction)}. End the transaction ` +
      "(COMMIT, or ROLLBACK on error) and release it in a `finally`, or use `withTransaction`";
  } else {
    head = `${intro} at ${where} ${held}; release it in a \`finally\` or use \`withClient\``;
  }
  // A site that leaks again: one line per client, as HikariCP logs, and this says how many came from it (drill r).
  if (leak.stackCaptured && leak.siteLeaks !== undefined && leak.siteLeaks > 1) {
    head += ` (${leak.siteLeaks} leaks reported from this site so far)`;
  }
  if (!leak.stackCaptured) {
    return (
      `${head}. Its stack was not captured (captureStacks "adaptive" samples checkouts while the pool is healthy); ` +
      "every checkout is captured from now on, so the next leak will name its line"
    );
  }
  return leak.stack ? `${head}\n${leak.stack}` : head;
}

/** What one detector tick found held without a stack, taken by the same helper (or by `pool.connect()`). */
export interface StacklessLeaks {
  poolName: string;
  count: number;
  minHeldMs: number;
  maxHeldMs: number;
  thresholdMs: number;
  helper: "withClient" | "withTransaction" | undefined;
  /** Their connections broke while held: the first one's `kind: message`, `…` appended when others differ. */
  connectionLost?: string | undefined;
}

/**
 * warn, once for several clients reported in the same tick without a stack (a burst of leaks taken while the pool
 * was healthy): identical lines, one per client, would say no more than their count. One client: leakHeldWarning.
 */
export function stacklessLeaksWarning(leaks: StacklessLeaks): string {
  const low = Math.round(leaks.minHeldMs);
  const high = Math.round(leaks.maxHeldMs);
  const held = `${low === high ? `${low}` : `${low}–${high}`} ms (leakDetectionMs ${leaks.thresholdMs})`;
  // Dead clients (a restart, pg_terminate_backend, a server timeout): said as leakHeldWarning says it of one.
  const broke =
    leaks.connectionLost === undefined
      ? undefined
      : `their connections broke while they were held (${leaks.connectionLost}), so their queries fail`;
  const intro = `Possible connection leaks in pool '${leaks.poolName}': ${leaks.count} clients acquired`;
  let head: string;
  if (leaks.helper) {
    const running = `\`${leaks.helper}\` gives each back when its callback settles, so the callbacks are still running`;
    head = broke
      ? `${intro} through \`${leaks.helper}\` at unknown sites have been held for ${held}; ${broke}; ${running}`
      : `${intro} through \`${leaks.helper}\` at unknown sites have been held for ${held}; ${running}: slow queries, or ` +
        "`await`s that never settle";
  } else {
    head = broke
      ? `${intro} at unknown sites have been held for ${held}; ${broke}: release each with \`client.release(err)\` so ` +
        "that the pool replaces it, in a `finally` or with `withClient`"
      : `${intro} at unknown sites have been held for ${held}; release them in a \`finally\` or use \`withClient\``;
  }
  return (
    `${head}. Their stacks were not captured (captureStacks "adaptive" samples checkouts while the pool is healthy); ` +
    "every checkout is captured from now on, so the next leak will name its line"
  );
}

/**
 * warn, once, when the connection of a client already reported as a possible leak breaks while it is still held (a
 * restart, `pg_terminate_backend`, `idle_in_transaction_session_timeout`): the report named its site, and the
 * connection-error and lost-client lines that follow name none.
 */
export function reportedLeakLost(
  poolName: string,
  where: string,
  lost: string,
  transaction: "open" | "failed" | undefined,
  helper?: LeakDescription["helper"],
): string {
  const ended = transaction === undefined ? "" : ", and its transaction ended with it (rolled back by the server)";
  // A helper's caller has no release to write: the helper gives the client back, and pg-pool closes a broken one.
  const via = helper ? ` through \`${helper}\`` : "";
  const what = helper
    ? `\`${helper}\` gives it back when its callback settles, and the pool replaces it then`
    : "release it with `client.release(err)` so that the pool replaces it";
  return (
    `Pool '${poolName}': the client acquired${via} at ${where} and reported as a possible leak lost its connection ` +
    `while still held (${lost}): its queries fail${ended}; ${what}`
  );
}

export function leakReturnedWarning(leak: LeakDescription): string {
  const where = leak.site === "unknown" ? "an unknown site" : `${leak.site} (${leak.fn})`;
  return (
    `Pool '${leak.poolName}': the client acquired at ${where} and reported as a possible leak was returned ` +
    `after ${Math.round(leak.heldMs)} ms`
  );
}

/** warn: a client reported held behind an earlier holder's unfinished query came back (drill 34b): no leak. */
export function behindAbandonedReturnedWarning(leak: LeakDescription): string {
  const where = leak.site === "unknown" ? "an unknown site" : `${leak.site} (${leak.fn})`;
  return (
    `Pool '${leak.poolName}': the client acquired at ${where} and reported held behind an earlier holder's unfinished ` +
    `query was returned after ${Math.round(leak.heldMs)} ms`
  );
}

/**
 * warn, once for several clients reported without a stack that came back together:
 * `Pool 'main': 4 clients acquired at unknown sites and reported as possible leaks were returned after 3702–3746 ms`.
 */
export function stacklessReturnsWarning(leaks: StacklessLeaks): string {
  const low = Math.round(leaks.minHeldMs);
  const high = Math.round(leaks.maxHeldMs);
  return (
    `Pool '${leaks.poolName}': ${leaks.count} clients acquired at unknown sites and reported as possible leaks were ` +
    `returned after ${low === high ? `${low}` : `${low}–${high}`} ms`
  );
}
