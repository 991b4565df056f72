// Source: mateogalic112/node-postgres-demo — src/services/postgres.service.ts (PostgresService.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the singleton service returns the checkout promise to its callers (bids.service.ts releases in finally)
import { Pool, QueryConfig, QueryResult, QueryResultRow } from "pg";

export class PostgresService {
  private static instance: PostgresService;
  private readonly pool: Pool;

  private constructor() {
    this.pool = new Pool({ max: 20, idleTimeoutMillis: 30000, application_name: "demo" });
  }

  public static getInstance(): PostgresService {
    if (!PostgresService.instance) PostgresService.instance = new PostgresService();
    return PostgresService.instance;
  }

  public async query<R extends QueryResultRow>(text: string | QueryConfig, values?: unknown[]): Promise<QueryResult<R>> {
    return this.pool.query(text, values);
  }

  public async getClient() {
    return this.pool.connect();
  }
}
