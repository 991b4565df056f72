// Source: kysely-org/kysely — src/dialect/postgres/postgres-driver.ts (PostgresDriver.acquireConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pool is typed with kysely's own `PostgresPool` interface (pg's Pool at run time); the user hooks `onCreateConnection`/`onReserveConnection` are awaited after connect(); when one throws, the caller never gets the connection and the client is never released (the WeakMap only caches the wrapper)
interface PostgresPoolClient {
  query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;
  release(): void;
}

interface PostgresPool {
  connect(): Promise<PostgresPoolClient>;
}

interface DriverConfig {
  pool: PostgresPool;
  onCreateConnection?: (connection: PgConnection) => Promise<void>;
  onReserveConnection?: (connection: PgConnection) => Promise<void>;
}

class PgConnection {
  constructor(readonly client: PostgresPoolClient) {}
  release() {
    this.client.release();
  }
}

export class PgDriver {
  readonly #config: DriverConfig;
  readonly #connections = new WeakMap<PostgresPoolClient, PgConnection>();
  #pool?: PostgresPool;

  constructor(config: DriverConfig) {
    this.#config = config;
  }

  async init() {
    this.#pool = this.#config.pool;
  }

  async acquireConnection(): Promise<PgConnection> {
    const client = await this.#pool!.connect();
    let connection = this.#connections.get(client);
    if (!connection) {
      connection = new PgConnection(client);
      this.#connections.set(client, connection);
      if (this.#config.onCreateConnection) {
        await this.#config.onCreateConnection(connection);
      }
    }
    if (this.#config.onReserveConnection) {
      await this.#config.onReserveConnection(connection);
    }
    return connection;
  }

  async releaseConnection(connection: PgConnection) {
    connection.release();
  }
}
