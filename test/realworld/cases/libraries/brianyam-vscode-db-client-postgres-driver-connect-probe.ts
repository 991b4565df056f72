// Source: BrianYam/vscode-db-client — src/drivers/postgres.ts (PostgresDriver.connect), reduced by hand, not copied
// Label: safe
// Why: the explorer keeps a lazily made pool per database; connecting a saved connection checks one client out of the entry pool as a probe and releases it on the next line
import { Pool } from "pg";

export class PostgresDriver {
  private pools = new Map<string, Pool>();
  private password?: string;

  constructor(public readonly config: { host: string; port?: number; username: string; database?: string }) {}

  async connect(password?: string): Promise<void> {
    this.password = password;
    const client = await this.entryPool().connect();
    client.release();
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.end().catch(() => undefined)));
    this.pools.clear();
  }

  private poolFor(key: string): Pool {
    let p = this.pools.get(key);
    if (!p) {
      p = new Pool({ host: this.config.host, port: this.config.port ?? 5432, user: this.config.username, password: this.password, database: key, max: 4 });
      this.pools.set(key, p);
    }
    return p;
  }

  private entryPool(): Pool {
    return this.poolFor(this.config.database || "postgres");
  }
}
