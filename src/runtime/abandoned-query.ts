// A query pg gave up on while the server still runs it (drill pp). pg's `query_timeout` rejects a query's promise
// after its bound without cancelling it: the query stays the client's active one, and its next queries — a ROLLBACK,
// the next holder's — wait behind it. Such a client is destroyed by the helpers rather than given back.
import { queryInFlight } from "./leak-detector.js";

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
