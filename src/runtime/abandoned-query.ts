// A query pg gave up on while the server still runs it (drill pp). pg's `query_timeout` rejects a query's promise
// after its bound without cancelling it: the query stays the client's active one, and its next queries — a ROLLBACK,
// the next holder's — wait behind it. Such a client is destroyed by the helpers rather than given back; one given back
// with a plain `release()` by the application is remembered, so that the next holder is not blamed for it (drill 34b).
import { inFlightQuery, queryInFlight, siteOf, type CheckoutRecord } from "./leak-detector.js";

/** pg's and pg-native's `query_timeout` error message. */
const READ_TIMEOUT = "Query read timeout";

/** How far down a `cause` chain to look: an application wraps an error once or twice, never in a loop worth following. */
const CAUSE_DEPTH = 4;

function isReadTimeout(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth <= CAUSE_DEPTH && typeof current === "object" && current !== null; depth++) {
    if ((current as { message?: unknown }).message === READ_TIMEOUT) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Whether `error` (what the callback failed with) is pg's `query_timeout` — itself or as a `cause` — while a query is
 * still in flight on `client`. Only then: a query in flight that nobody timed out is one its caller still awaits (an
 * un-awaited `client.query`, a `Promise.all` sibling), and closing the client would reject it with "Connection
 * terminated" — unhandled, that ends the process. Never throws (a getter or a Proxy of the application's).
 */
export function abandonedByTimeout(client: object, error: unknown): boolean {
  try {
    return isReadTimeout(error) && queryInFlight(client);
  } catch {
    return false;
  }
}

/** A query an earlier holder left running on a client it gave back (LeakEvent.abandonedQuery). */
export interface AbandonedQuery {
  /** Where that holder acquired the client ("unknown" when its stack was not captured), and in which function. */
  site: string;
  fn: string;
  /** The query's text with its constants elided (elidedQueryText): its first QUERY_TEXT_CHARS characters. */
  text: string | undefined;
}

/** How much of the query's text is said: enough to recognise it. */
const QUERY_TEXT_CHARS = 60;

// Per client (weakly: a client dropped by its pool goes with its entry), the query it was given back running, with
// the holder that left it. An entry is read only while that same Query object is still the client's active one.
const givenBackRunning = new WeakMap<object, { query: object; abandoned: AbandonedQuery }>();

function queryText(query: object): string | undefined {
  const text = (query as { text?: unknown }).text;
  return typeof text === "string" ? elidedQueryText(text) : undefined;
}

/**
 * A query's text as the monitor may log it: every constant elided before anything is cut, as pg_stat_statements
 * normalises them — quoted strings (also E'…' and unterminated ones) as `'…'`, dollar-quoted bodies as `$$…$$`,
 * numbers as `…` (placeholders `$1` and digits inside names stay) — white space collapsed, the first
 * QUERY_TEXT_CHARS characters kept.
 */
export function elidedQueryText(text: string): string {
  const plain = text
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?(?:\$\1\$|$)/g, "$$$$…$$$$")
    .replace(/'(?:[^']|'')*'?/g, "'…'")
    .replace(/(?<![\w$.])(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?![\w$])/g, "…")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > QUERY_TEXT_CHARS ? `${plain.slice(0, QUERY_TEXT_CHARS)}…` : plain;
}

/**
 * At a plain release (no error passed): when a query is still in flight on the client, remembers it and the holder
 * that gave it back (formatting that checkout's stack: only then). Never throws.
 */
export function givenBack(client: object, checkouts: { current(client: object): CheckoutRecord | undefined }): void {
  try {
    const query = inFlightQuery(client);
    if (query === undefined) return;
    const record = checkouts.current(client);
    if (record === undefined) return;
    const site = siteOf(record);
    givenBackRunning.set(client, { query, abandoned: { site: site?.site ?? "unknown", fn: site?.fn ?? "<unknown>", text: queryText(query) } });
  } catch {
    // Instrumentation must never break the application's release.
  }
}

/** The query an earlier holder left running on `client`, when it is still the one in flight there. Never throws. */
export function abandonedOn(client: object | undefined): AbandonedQuery | undefined {
  if (client === undefined) return undefined;
  try {
    const entry = givenBackRunning.get(client);
    if (entry === undefined) return undefined;
    if (inFlightQuery(client) === entry.query) return entry.abandoned;
    givenBackRunning.delete(client);
    return undefined;
  } catch {
    return undefined;
  }
}
