// Source: mwanago/nestjs-raw-sql — src/database/database.service.ts at 23d514c (DatabaseService.getPoolClient), reduced by hand, not copied
// Label: hand-over
// Why: the companion repository of wanago.io's "API with NestJS" raw-SQL articles; the pool comes from NestJS's container (`@Inject(CONNECTION_POOL) pool: Pool`, a useFactory provider of database.module.ts); getPoolClient checks a client out and returns it wrapped in a Proxy that logs its queries — the caller (the repositories' transactions) releases it
import { Inject, Injectable, Logger } from "@nestjs/common";
import { Pool, PoolClient } from "pg";
import { CONNECTION_POOL } from "./database.module-definition";

@Injectable()
class DatabaseService {
  private readonly logger = new Logger("SQL");
  constructor(@Inject(CONNECTION_POOL) private readonly pool: Pool) {}

  async queryWithLogging(source: Pool | PoolClient, query: string, params?: unknown[]) {
    const queryPromise = source.query(query, params);
    queryPromise.then(() => this.logger.log(query)).catch((error) => {
      this.logger.warn(query);
      throw error;
    });
    return queryPromise;
  }

  async getPoolClient() {
    const poolClient = await this.pool.connect();

    return new Proxy(poolClient, {
      get: (target: PoolClient, propertyName: keyof PoolClient) => {
        if (propertyName === "query") {
          return (query: string, params?: unknown[]) => {
            return this.queryWithLogging(target, query, params);
          };
        }
        return target[propertyName];
      },
    });
  }
}

export default DatabaseService;
