import { Pool } from "pg";

export class PostgreSQLPool {
  pool: Pool;

  constructor(databaseUrl: string) {
    this.pool = new Pool({ connectionString: databaseUrl });
  }
}
