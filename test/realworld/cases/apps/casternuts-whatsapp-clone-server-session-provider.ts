// Source: casternuts/whatsapp-clone-server — modules/common/database.provider.ts (Database.onRequest), reduced by hand, not copied
// Label: hand-over
// Why: the session-scoped provider keeps the client in a field; the framework's onResponse hook releases it
import { Pool, PoolClient } from "pg";

export class Database {
  private instance: PoolClient | undefined;

  constructor(private pool: Pool) {}

  async onRequest() {
    this.instance = await this.pool.connect();
  }

  onResponse() {
    if (this.instance) {
      this.instance.release();
    }
  }

  async getClient() {
    return this.instance;
  }
}
