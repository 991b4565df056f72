// Source: PostHog/posthog — plugin-server/src/utils/db/postgres.ts at 1bac0cfb (PostgresRouter.transaction), reduced by hand, not copied
// Label: safe
// Why: the pool is looked up in a Map of pools (`this.pools.get(usage)!.connect()`) inside an instrumented async callback; BEGIN, the work and COMMIT are in try, ROLLBACK and rethrow in catch, release in finally
import { Pool, PoolClient } from "pg";

import { Config } from "../../types";
import { instrumentQuery } from "../../utils/metrics";
import { createPostgresPool } from "../utils";
import { DependencyUnavailableError } from "./error";
import { timeoutGuard } from "./utils";

export enum PostgresUse {
  COMMON_READ,
  COMMON_WRITE,
}

export class TransactionClient {
  constructor(readonly target: PostgresUse, readonly client: PoolClient) {}
}

export class PostgresRouter {
  private pools: Map<PostgresUse, Pool>;

  constructor(serverConfig: Config) {
    const common = createPostgresPool(serverConfig.DATABASE_URL, serverConfig.POSTGRES_CONNECTION_POOL_SIZE);
    this.pools = new Map([
      [PostgresUse.COMMON_WRITE, common],
      [PostgresUse.COMMON_READ, common],
    ]);
  }

  public async transaction<ReturnType>(
    usage: PostgresUse,
    tag: string,
    transaction: (client: TransactionClient) => Promise<ReturnType>,
  ): Promise<ReturnType> {
    return instrumentQuery("query.postgres_transaction", tag, async () => {
      const timeout = timeoutGuard("Postgres slow transaction warning after 30 sec!");
      const client = await this.pools.get(usage)!.connect();
      try {
        await client.query("BEGIN");
        const response = await transaction(new TransactionClient(usage, client));
        await client.query("COMMIT");
        return response;
      } catch (e: any) {
        await client.query("ROLLBACK");
        if (e.message && e.message.includes("connection")) {
          throw new DependencyUnavailableError(e.message, "Postgres", e);
        }
        throw e;
      } finally {
        client.release();
        clearTimeout(timeout);
      }
    });
  }
}
