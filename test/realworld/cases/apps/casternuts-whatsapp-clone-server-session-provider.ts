// Source: casternuts/whatsapp-clone-server — modules/common/database.provider.ts at a90f028 (Database.onRequest), src/server.ts, src/index.ts, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the session-scoped provider (modules/common/index.ts) checks a client out in onRequest for onResponse to release; the app serves subscriptions (src/index.ts `installSubscriptionHandlers`, src/server.ts `subscriptions: rootModule.subscriptions`) on @graphql-modules/core ^0.7.14 (0.7.17), whose onConnect builds a session on the websocket's connection context and runs onRequest with `instantiate: true`, while onResponse is attached only to a session's `res` 'finish'/'close' and onDisconnect calls only onDisconnect hooks: each websocket connection keeps a client nothing releases
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
