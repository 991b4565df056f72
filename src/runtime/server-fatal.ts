// The server's own word that it is closing a connection. PostgreSQL sends an error of severity FATAL before it closes
// a session (57P01 on a shutdown, a restart or pg_terminate_backend; 25P03 idle_in_transaction_session_timeout;
// 57P05 idle_session_timeout). With a query in flight pg hands that error to the query alone, and the client's
// `error` event later carries only the closed socket ("Connection terminated unexpectedly"), or nothing at all when
// the application releases the client with the error first (`pool.query()` does) and the pool closes it. Listening to
// the protocol's error messages is what tells the monitor, at once and with its code, that the connection is gone.

/** Session-ending SQLSTATEs, for a server whose `lc_messages` translates the severity word. */
const SESSION_ENDING_CODES = new Set(["57P01", "57P02", "57P04", "57P05", "25P03"]);

/** Whether an error from the server ends the session: the connection is closing, and must not serve another query. */
export function endsSession(message: unknown): boolean {
  if (typeof message !== "object" || message === null) return false;
  try {
    const { severity, code } = message as { severity?: unknown; code?: unknown };
    return severity === "FATAL" || severity === "PANIC" || (typeof code === "string" && SESSION_ENDING_CODES.has(code));
  } catch {
    // Whatever an application throws reaches withClient's catch: a getter that throws must not replace its error.
    return false;
  }
}

/**
 * Calls `onFatal(error)` when the server sends `client` a session-ending error. Attached once per client, at its first
 * checkout; a client without pg's protocol connection (pg-native) is left alone. Never throws into pg. Returns what
 * removes the listener.
 */
export function onServerFatal(client: object, onFatal: (error: unknown) => void): (() => void) | undefined {
  type Connection = { on(event: string, listener: Listener): unknown; off?(event: string, listener: Listener): unknown };
  type Listener = (message: unknown) => void;
  const connection = (client as { connection?: { on?: unknown } }).connection;
  if (typeof connection?.on !== "function") return undefined;
  const listener: Listener = (message) => {
    try {
      if (endsSession(message)) onFatal(message);
    } catch {
      // pg's parser calls this listener: nothing may escape into it.
    }
  };
  (connection as Connection).on("errorMessage", listener);
  // The pool is unwatched: the listener goes, and with it the monitor's state it reaches.
  return () => (connection as Connection).off?.("errorMessage", listener);
}
