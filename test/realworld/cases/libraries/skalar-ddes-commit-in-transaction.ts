// Source: Skalar/ddes — packages/@ddes/postgres/lib/PostgresEventStore.ts (PostgresEventStore.commitInTransaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the inserts and COMMIT run inside the try; the catch awaits a ROLLBACK that can itself throw, but the finally releases the client on every path
import { Pool, PoolClient } from "pg";
import { AggregateCommit, VersionConflictError } from "@ddes/core";

export class PostgresEventStore {
  constructor(protected tableName: string, protected pool: Pool) {}

  public async commitInTransaction<C extends AggregateCommit>(commits: C[]) {
    const client = await this.pool.connect();

    try {
      await client.query("BEGIN");
      for (const commit of commits) {
        await this.insertCommit(client, commit);
      }
      await client.query("COMMIT");
    } catch (error: any) {
      await client.query("ROLLBACK");
      if (error.code === "23505") {
        throw new VersionConflictError(commits[0]);
      }
      throw error;
    } finally {
      await client.release();
    }

    return commits;
  }

  private async insertCommit(db: Pool | PoolClient, commit: AggregateCommit) {
    await db.query(`INSERT INTO "${this.tableName}" VALUES ($1, $2, $3, $4)`, [
      commit.aggregateType,
      commit.aggregateKey,
      commit.aggregateVersion,
      JSON.stringify(commit.events),
    ]);
  }
}
