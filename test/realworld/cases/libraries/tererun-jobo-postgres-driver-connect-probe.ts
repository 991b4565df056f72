// Source: tererun/jobo — src/drivers/postgres.ts (PostgresDriver.connect), reduced by hand, not copied
// Label: safe
// Why: the eager connectivity check releases the client on the line after the checkout, with nothing in between that can throw
import { Pool } from "pg";
import type { DriverConnectionOptions } from "./driver";

export class PostgresDriver {
  private pool: Pool | undefined;

  constructor(private readonly options: DriverConnectionOptions) {}

  async connect(): Promise<void> {
    this.pool = new Pool({
      host: this.options.host,
      port: this.options.port,
      database: this.options.database,
      user: this.options.user,
      password: this.options.password,
      ssl: this.options.ssl ? { rejectUnauthorized: false } : undefined,
    });
    // Validate connectivity eagerly.
    const client = await this.pool.connect();
    client.release();
  }
}
