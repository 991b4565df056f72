// Source: aerogear-attic/chat-app — server/modules/common/database.provider.ts (Database#onRequest, #onResponse), server/server.ts, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a session-scoped graphql-modules 0.7 provider checks a client out in its onRequest hook and keeps it in a field for onResponse to release; graphql-modules 0.7.9 (packages/core/src/graphql-module.ts, the session context builder) calls onRequest with `instantiate: true` for every session but attaches the onResponse call only to `session.res`'s 'finish'/'close' — the app also serves subscriptions (`installSubscriptionHandlers`, `subscriptions: rootModule.subscriptions`): the websocket's onConnect builds a session on the socket, and server.ts's `context` one per subscription operation, neither with a `res` (onDisconnect calls only onDisconnect hooks), so each of them checks out a client that nothing releases
import { Injectable, ProviderScope } from "@graphql-modules/di";
import { OnResponse } from "@graphql-modules/core";
import { Pool, PoolClient, QueryResult } from "pg";
import { SQLStatement } from "sql-template-strings";
import Dataloader from "dataloader";

@Injectable({
  scope: ProviderScope.Session,
})
export class Database implements OnResponse {
  private instance: PoolClient;
  private loader: Dataloader<string | SQLStatement, QueryResult>;

  constructor(private pool: Pool) {
    this.loader = new Dataloader(
      (queries) =>
        Promise.all(
          queries.map(async (query) => {
            const db = await this.getClient();
            return db.query(query);
          }),
        ),
      { batch: false },
    );
  }

  async onRequest() {
    this.instance = await this.pool.connect();
  }

  onResponse() {
    if (this.instance) {
      this.instance.release();
    }
  }

  private getClient() {
    return this.instance;
  }

  query(query: SQLStatement | string) {
    return this.loader.load(query);
  }
}
