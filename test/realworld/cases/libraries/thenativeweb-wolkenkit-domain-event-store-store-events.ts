// Source: thenativeweb/wolkenkit — lib/stores/domainEventStore/Postgres/PostgresDomainEventStore.ts (storeDomainEvents), reduced by hand, not copied
// Label: safe
// Why: the insert's `catch` turns a unique violation into RevisionAlreadyExists and rethrows everything else, and the `finally` releases on both paths; the placeholders are built before the checkout
import { retry } from "retry-ignore-abort";
import { Pool, PoolClient } from "pg";
import { DomainEvent } from "./domain-event";

class RevisionAlreadyExists extends Error {}

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

  public async storeDomainEvents({ domainEvents }: { domainEvents: DomainEvent[] }): Promise<void> {
    if (domainEvents.length === 0) {
      throw new Error("Domain events are missing.");
    }

    const placeholders: string[] = [];
    const values: unknown[] = [];

    for (const [index, domainEvent] of domainEvents.entries()) {
      const base = 3 * index + 1;

      placeholders.push(`($${base}, $${base + 1}, $${base + 2})`);
      values.push(domainEvent.aggregateId, domainEvent.revision, domainEvent);
    }

    const connection = await this.getDatabase();

    const text = `INSERT INTO "${this.tableName}" ("aggregateId", "revision", "domainEvent") VALUES ${placeholders.join(",")};`;

    try {
      await connection.query({ name: `store domain events ${domainEvents.length}`, text, values });
    } catch (ex: unknown) {
      if ((ex as any).code === "23505" && (ex as any).detail?.startsWith('Key ("aggregateId", revision)')) {
        throw new RevisionAlreadyExists("Aggregate id and revision already exist.");
      }

      throw ex;
    } finally {
      connection.release();
    }
  }
}

export { PostgresDomainEventStore };
