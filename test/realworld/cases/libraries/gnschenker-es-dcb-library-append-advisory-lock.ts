// Source: gnschenker/es-dcb-library — src/store/event-store.ts (PostgresEventStore.append), reduced by hand, not copied
// Label: safe
// Why: the transaction, its SET LOCALs, the advisory lock, the version check and the inserts run in the try; the early ROLLBACK-and-throw branches and the inner catch's awaited ROLLBACK (which can reject) all leave through the finally that releases
import pg from "pg";

export class ConcurrencyError extends Error {
  constructor(public expected: bigint, public actual: bigint, message?: string) {
    super(message ?? `expected version ${expected}, found ${actual}`);
  }
}

export class EventStoreError extends Error {
  constructor(message: string, public cause?: unknown) {
    super(message);
  }
}

export interface NewEvent {
  type: string;
  payload: unknown;
  metadata?: unknown;
}

export class PostgresEventStore {
  constructor(private readonly pool: pg.Pool) {}

  async append(events: NewEvent | NewEvent[], options?: { expectedVersion: bigint; key: string }): Promise<unknown[]> {
    const eventList = Array.isArray(events) ? events : [events];
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      if (options !== undefined) {
        await client.query("SET LOCAL lock_timeout = '5s'");
        const lock = await client.query<{ acquired: boolean }>("SELECT pg_try_advisory_xact_lock(hashtext($1)) AS acquired", [
          options.key,
        ]);
        if (!lock.rows[0]!.acquired) {
          await client.query("ROLLBACK");
          throw new ConcurrencyError(options.expectedVersion, options.expectedVersion, "Advisory lock could not be acquired");
        }
        const version = await client.query<{ max_pos: string }>("SELECT COALESCE(MAX(global_position), 0) AS max_pos FROM events");
        const actual = BigInt(version.rows[0]!.max_pos);
        if (actual !== options.expectedVersion) {
          await client.query("ROLLBACK");
          throw new ConcurrencyError(options.expectedVersion, actual);
        }
      }
      const stored: unknown[] = [];
      for (const event of eventList) {
        let result: pg.QueryResult;
        try {
          result = await client.query("INSERT INTO events (type, payload, metadata) VALUES ($1, $2, $3) RETURNING *", [
            event.type,
            event.payload,
            event.metadata ?? null,
          ]);
        } catch (err) {
          await client.query("ROLLBACK");
          throw new EventStoreError(`Failed to append event: ${String(err)}`, err);
        }
        stored.push(result.rows[0]);
      }
      await client.query("COMMIT");
      return stored;
    } catch (err) {
      if (!(err instanceof EventStoreError) && !(err instanceof ConcurrencyError)) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new EventStoreError(`Failed to append events: ${String(err)}`, err);
      }
      throw err;
    } finally {
      client.release();
    }
  }
}
