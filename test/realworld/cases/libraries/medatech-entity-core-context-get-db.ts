// Source: medatech/entity-core — packages/context/src/Context.ts (Context.getDB), reduced by hand, not copied
// Label: hand-over
// Why: the request context checks a client out of its data source (a pg pool checkout wrapped by PostgresDataSource.getClient) on first use and keeps it in `this.dbClient` for every later getDB(); end() releases it
import type { DataSource, Client } from "@entity-core/datasource";

export class Context {
  dataSource: DataSource;
  dbClient: Client | null;
  tenantID: string;

  constructor({ dataSource, tenantID = "1" }: { dataSource: DataSource; tenantID?: string }) {
    this.dbClient = null;
    this.dataSource = dataSource;
    this.tenantID = tenantID;
  }

  async getDB(): Promise<Client> {
    if (this.dbClient === null) {
      this.dbClient = await this.dataSource.getClient();
    }
    return this.dbClient;
  }

  async end(): Promise<void> {
    if (this.dbClient !== null) {
      this.dbClient.release();
    }
  }
}
