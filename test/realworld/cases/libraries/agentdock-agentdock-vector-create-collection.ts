// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql-vector/index.ts (PostgreSQLVectorAdapter.createCollection), reduced by hand, not copied
// Label: safe
// Why: the collection config is merged before connect(); the client is handed to createVectorCollection inside a try whose finally releases it (an ordinary call, not a hand-over)
import type { Pool, PoolClient } from "pg";

declare function createVectorCollection(client: PoolClient, schema: string, config: object): Promise<void>;

export class PostgreSQLVectorAdapterSketch {
  private vectorOptions = { defaultMetric: "cosine", defaultIndexType: "ivfflat", ivfflat: { lists: 100 } };

  private async getVectorConnection(): Promise<{ pool: Pool; schema: string }> {
    throw new Error("reduced");
  }

  async createCollection(config: { name: string; dimension: number; metric?: string; index?: object }): Promise<void> {
    const connection = await this.getVectorConnection();
    const fullConfig = {
      ...config,
      metric: config.metric || this.vectorOptions.defaultMetric,
      index: config.index || { type: this.vectorOptions.defaultIndexType, lists: this.vectorOptions.ivfflat?.lists },
    };

    const client = await connection.pool.connect();
    try {
      await createVectorCollection(client, connection.schema, fullConfig);
    } finally {
      client.release();
    }
  }
}
