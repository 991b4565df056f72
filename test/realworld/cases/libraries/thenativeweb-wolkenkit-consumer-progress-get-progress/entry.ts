// Source: thenativeweb/wolkenkit — lib/stores/consumerProgressStore/Postgres/PostgresConsumerProgressStore.ts (getProgress, getDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `getHash({ value: consumerId })` runs after the checkout and before the `try` whose `finally` releases; a missing consumer id makes crypto throw there and the connection is never released
import { retry } from "retry-ignore-abort";
import { Pool, PoolClient } from "pg";
import { getHash } from "./get-hash";

class PostgresConsumerProgressStore {
  protected pool: Pool;
  protected tableName: string;

  protected static async getDatabase(pool: Pool): Promise<PoolClient> {
    const database = await retry(async (): Promise<PoolClient> => {
      const connection = await pool.connect();

      return connection;
    });

    return database;
  }

  protected constructor({ pool, tableName }: { pool: Pool; tableName: string }) {
    this.pool = pool;
    this.tableName = tableName;
  }

  public async getProgress({ consumerId, aggregateId }: { consumerId: string; aggregateId: string }): Promise<{ revision: number; isReplaying: false | { from: number; to: number } }> {
    const connection = await PostgresConsumerProgressStore.getDatabase(this.pool);
    const hash = getHash({ value: consumerId });

    try {
      const { rows } = await connection.query(
        `SELECT "revision", "isReplayingFrom", "isReplayingTo" FROM "${this.tableName}" WHERE "consumerId" = $1 AND "aggregateId" = $2;`,
        [hash, aggregateId],
      );

      if (rows.length === 0) {
        return { revision: 0, isReplaying: false };
      }

      let isReplaying: false | { from: number; to: number } = false;

      if (rows[0].isReplayingFrom && rows[0].isReplayingTo) {
        isReplaying = { from: rows[0].isReplayingFrom, to: rows[0].isReplayingTo };
      }

      return { revision: rows[0].revision, isReplaying };
    } finally {
      connection.release();
    }
  }
}

export { PostgresConsumerProgressStore };
