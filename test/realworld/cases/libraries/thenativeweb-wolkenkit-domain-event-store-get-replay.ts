// Source: thenativeweb/wolkenkit — lib/stores/domainEventStore/Postgres/PostgresDomainEventStore.ts (getReplay), reduced by hand, not copied
// Label: safe
// Why: the connection streams the replay through pg-query-stream; its 'end' and 'error' listeners both call unsubscribe(), which releases it, and the stream flows on its 'data' listener whatever the consumer of the PassThrough does
import { retry } from "retry-ignore-abort";
import { Pool, PoolClient } from "pg";
import QueryStream from "pg-query-stream";
import { PassThrough, Readable } from "stream";
import { DomainEvent } from "./domain-event";

class PostgresDomainEventStore {
  protected pool: Pool;
  protected tableName: string;

  protected async getDatabase(): Promise<PoolClient> {
    const database = await retry(async (): Promise<PoolClient> => {
      const connection = await this.pool.connect();

      return connection;
    });

    return database;
  }

  protected constructor({ pool, tableName }: { pool: Pool; tableName: string }) {
    this.pool = pool;
    this.tableName = tableName;
  }

  public async getReplay({ fromTimestamp = 0 } = {}): Promise<Readable> {
    if (fromTimestamp < 0) {
      throw new Error(`Parameter 'fromTimestamp' must be at least 0.`);
    }

    const connection = await this.getDatabase();

    const passThrough = new PassThrough({ objectMode: true });
    const domainEventStream = connection.query(
      new QueryStream(`SELECT "domainEvent" FROM "${this.tableName}" WHERE "timestamp" >= $1 ORDER BY "aggregateId", "revision"`, [fromTimestamp]),
    );

    let onData: (data: any) => void, onEnd: () => void, onError: (err: Error) => void;

    const unsubscribe = function (): void {
      connection.release();
      domainEventStream.removeListener("data", onData);
      domainEventStream.removeListener("end", onEnd);
      domainEventStream.removeListener("error", onError);
    };

    onData = function (data: any): void {
      passThrough.write(new DomainEvent(data.domainEvent));
    };

    onEnd = function (): void {
      unsubscribe();
      passThrough.end();
    };

    onError = function (err: Error): void {
      unsubscribe();
      passThrough.emit("error", err);
      passThrough.end();
    };

    domainEventStream.on("data", onData);
    domainEventStream.on("end", onEnd);
    domainEventStream.on("error", onError);

    return passThrough;
  }
}

export { PostgresDomainEventStore };
