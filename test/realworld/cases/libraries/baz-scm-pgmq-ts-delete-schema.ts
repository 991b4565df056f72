// Source: baz-scm/pgmq-ts — src/classes/pgmq.ts (Pgmq.deleteSchema), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client that drops the schema is never released
import { Pool } from "pg";

declare function deleteSchemaQuery(): string;
declare function createSchemaQuery(): string;

export class Pgmq {
  private readonly pool: Pool;

  public constructor(connectionString: string) {
    this.pool = new Pool({ connectionString });
  }

  public async createSchema() {
    await this.pool.query(createSchemaQuery());
  }

  public async deleteSchema() {
    const connection = await this.pool.connect();
    await connection.query(deleteSchemaQuery());
  }
}
