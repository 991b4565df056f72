// Source: unblinking/recipe-report — packages/data/data-access-layer.ts (DataAccessLayer.getClient), reduced by hand, not copied
// Label: hand-over
// Why: node-postgres's "checked out too long" helper: a timer is armed and `release` wrapped to clear it before the client is returned to the caller (the unit of work), which releases it; registering the timer cannot throw
import { injectable } from "inversify";
import type { PoolClient, QueryResult } from "pg";
import pg from "pg";
import { log } from "./log";

export interface IDataAccessLayer {
  query(text: string, params: Array<string>): Promise<QueryResult>;
  getClient(): Promise<PoolClient>;
}

@injectable()
export class DataAccessLayer implements IDataAccessLayer {
  private _pool = new pg.Pool({ host: process.env["RRDB_HOST"], database: process.env["RRDB_DATABASE"] });

  public query = async (text: string, params: Array<string>): Promise<QueryResult> => {
    const result = await this._pool.query(text, params);
    log.info(`Executed query. ${text}`);
    return result;
  };

  public getClient = async (): Promise<PoolClient> => {
    const client: PoolClient = await this._pool.connect();
    const release = client.release;
    const timeout: NodeJS.Timeout = setTimeout(() => {
      log.warn("A pg client has been out for more than 10 seconds!");
    }, 10000);
    client.release = (): void => {
      clearTimeout(timeout);
      client.release = release;
      return release.apply(client);
    };
    return client;
  };
}
