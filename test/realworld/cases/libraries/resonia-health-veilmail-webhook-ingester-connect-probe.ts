// Source: Resonia-Health/veilmail-webhook-ingester — src/adapters/postgres.ts (PostgresAdapter.connect), reduced by hand, not copied
// Label: safe
// Why: the adapter's connect() verifies the new pool with one checkout that it releases on the next line, with nothing that can throw in between
import { importModule } from "../utils.js";

interface PgPool {
  connect(): Promise<{ release(): void }>;
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}

interface PgModule {
  default?: { Pool: new (opts: { connectionString: string }) => PgPool };
  Pool: new (opts: { connectionString: string }) => PgPool;
}

export class PostgresAdapter {
  private pool: PgPool | null = null;

  constructor(private readonly connectionString: string) {}

  async connect(): Promise<void> {
    let pg: PgModule;
    try {
      pg = (await importModule("pg")) as PgModule;
    } catch {
      throw new Error('The "pg" package is required for PostgreSQL support. Install it with: npm install pg');
    }

    const Pool = pg.default?.Pool ?? pg.Pool;
    this.pool = new Pool({ connectionString: this.connectionString });

    const client = await this.pool.connect();
    client.release();
  }
}
