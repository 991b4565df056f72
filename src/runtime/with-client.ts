// The two helpers every acquisition should go through: the client goes back to the pool on every path.
import type pg from "pg";
import { abandonedByTimeout } from "./abandoned-query.js";
import { connectFor, type CheckoutMark } from "./helper-checkout.js";
import { endsSession } from "./server-fatal.js";

export type IsolationLevel = "read uncommitted" | "read committed" | "repeatable read" | "serializable";

export interface TransactionOptions {
  isolationLevel?: IsolationLevel;
  readOnly?: boolean;
}

// A stack captured inside the helpers' connect() starts at their caller: their own frames would only be trimmed
// from the report, and each frame captured costs about half a microsecond (see acquire-site.ts).
const WITH_CLIENT: CheckoutMark = { helper: "withClient", frame: withClient };
const WITH_TRANSACTION: CheckoutMark = { helper: "withTransaction", frame: withTransaction };

const ISOLATION_LEVELS: readonly IsolationLevel[] = ["read uncommitted", "read committed", "repeatable read", "serializable"];

/**
 * Runs `fn` with a client from `pool` and releases it however `fn` ends. A client whose session the server ended
 * (`fn` failed with its FATAL error: a restart, `pg_terminate_backend`) is destroyed: pg keeps it queryable until its
 * socket closes, and given back as it is, pg-pool would hand the dying connection to the next caller. So is one whose
 * `fn` failed with pg's `query_timeout` while that query still runs (abandoned-query.ts): given back, the next caller's
 * queries would wait behind it.
 */
export async function withClient<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await connectFor(WITH_CLIENT, pool);
  let destroyWith: Error | undefined;
  try {
    return await fn(client);
  } catch (error) {
    if (endsSession(error) || abandonedByTimeout(client, error)) destroyWith = error as Error;
    throw error;
  } finally {
    client.release(destroyWith);
  }
}

/** The BEGIN statement for the options; validated because JavaScript callers bypass the types. */
export function beginStatement(options: TransactionOptions = {}): string {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(
      `withTransaction: the third argument must be an options object such as { isolationLevel: "serializable" } ` +
        `or left out, got ${options === null ? "null" : typeof options}`,
    );
  }
  let sql = "BEGIN";
  const level = options.isolationLevel;
  if (level !== undefined) {
    if (!ISOLATION_LEVELS.includes(level)) {
      throw new TypeError(
        `withTransaction: \`isolationLevel\` must be one of ${ISOLATION_LEVELS.map((l) => `"${l}"`).join(", ")}, ` +
          `got ${JSON.stringify(level)}`,
      );
    }
    sql += ` ISOLATION LEVEL ${level.toUpperCase()}`;
  }
  if (options.readOnly !== undefined) {
    if (typeof options.readOnly !== "boolean") {
      throw new TypeError(`withTransaction: \`readOnly\` must be a boolean, got ${JSON.stringify(options.readOnly)}`);
    }
    sql += options.readOnly ? " READ ONLY" : " READ WRITE";
  }
  return sql;
}

/**
 * Runs `fn` inside BEGIN … COMMIT on one client. On error: ROLLBACK, then the original error is rethrown. When
 * the ROLLBACK itself fails the connection's state is unknown, so the client is destroyed (`release(err)`), never
 * handed to the next caller. Without ROLLBACK, as in withClient, when the session ended or `fn` failed with pg's
 * `query_timeout` while that query still runs.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  const begin = beginStatement(options);
  const client = await connectFor(WITH_TRANSACTION, pool);
  let destroyWith: Error | undefined;
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    // A session the server ended has no transaction left to roll back, and a ROLLBACK would wait behind a query pg's
    // query_timeout gave up on: the client is destroyed, as in withClient (closing the session ends its transaction).
    if (endsSession(error) || abandonedByTimeout(client, error)) {
      destroyWith = error as Error;
      throw error;
    }
    try {
      await client.query("ROLLBACK");
    } catch (rollbackError) {
      destroyWith =
        rollbackError instanceof Error ? rollbackError : new Error(`ROLLBACK failed: ${String(rollbackError)}`);
    }
    throw error;
  } finally {
    client.release(destroyWith);
  }
}
