import { Pool } from "pg";

export class Pg {
  private pool: Pool;

  constructor(options: { pgOptions: object }) {
    this.pool = new Pool({ application_name: "outbox", ...options.pgOptions });
  }

  getClient() {
    return this.pool.connect();
  }

  async stop() {
    await this.pool.end();
  }
}
