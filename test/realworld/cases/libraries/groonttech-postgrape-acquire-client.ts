// Source: groonttech/postgrape — src/client-factory.ts (ClientFactory.acquireClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is wrapped in the data client that is returned, whose `release()` gives it back; the throw before it fires only when no client came back
import { Pool, type PoolClient, type PoolConfig } from "pg";

export class PostgrapeClient {
  constructor(protected readonly client: PoolClient, protected readonly defaultSchema: string) {}

  release() {
    this.client.release();
  }
}

export class ClientFactory<T extends PostgrapeClient> {
  private readonly pool: Pool;

  constructor(
    config: PoolConfig,
    private readonly dataClientClass: new (client: PoolClient, schema: string) => T,
    private readonly defaultSchema = "public",
  ) {
    this.pool = new Pool(config);
  }

  public async acquireClient(): Promise<T> {
    const dbClient = await this.pool.connect();
    if (!dbClient) throw Error("Client has not been acquired");
    return new this.dataClientClass(dbClient, this.defaultSchema);
  }
}
