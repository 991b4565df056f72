// Source: Urigo/graphql-modules — docs/recipes/db-connection-pooling.md at 552970e (DatabaseProvider, the PostgreSQL recipe with a DataLoader), reduced by hand, not copied
// Label: hand-over
// Why: the session-scoped provider checks a client out in the framework's onRequest hook and keeps it in `this._poolClient`; the OnResponse hook releases it when the GraphQL response is sent (the page's onRequest omits `async` before its `await`; the reduction adds it)
import { Injectable, ProviderScope } from "@graphql-modules/di";
import type { OnRequest, OnResponse } from "@graphql-modules/core";
import DataLoader from "dataloader";
import { Pool, type PoolClient, type QueryResult } from "pg";
import type { SQLStatement } from "sql-template-strings";

@Injectable({ scope: ProviderScope.Session })
export class DatabaseProvider implements OnRequest, OnResponse {
  private _poolClient!: PoolClient;
  constructor(private pool: Pool) {}

  public async onRequest() {
    this._poolClient = await this.pool.connect();
  }

  public onResponse() {
    if (this._poolClient) {
      this._poolClient.release();
    }
  }

  private queryDataLoader = new DataLoader<SQLStatement, QueryResult>(
    (statements) => Promise.all(statements.map((statement) => this._poolClient.query(statement))),
    { cacheKeyFn: (statement: SQLStatement) => statement.text + statement.values.join(",") },
  );

  public async query(statement: SQLStatement) {
    if (statement.text.startsWith("SELECT")) {
      return this.queryDataLoader.load(statement);
    }
    return this._poolClient.query(statement);
  }
}
