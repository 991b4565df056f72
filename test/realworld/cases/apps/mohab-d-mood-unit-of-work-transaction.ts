// Source: Mohab-d/mood — packages/server/src/shared/pg-unit-of-work/pg-unit-of-work.service.ts (PgUnitOfWorkService.runInTransaction), reduced by hand, not copied
// Label: safe
// Why: the checkout is wrapped in a unit of work of repositories inside the try (a store that outlives nothing: the work is awaited there); rollback and rethrow in catch, release in finally
import { Injectable } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { Pool, PoolClient } from "pg";

interface UnitOfWork {
  readonly client: PoolClient;
}

class TransactionalUnitOfWork implements UnitOfWork {
  constructor(readonly client: PoolClient) {}
}

@Injectable()
export class PgUnitOfWorkService {
  private readonly pool: Pool;

  constructor(private readonly config: ConfigService) {
    this.pool = new Pool({ connectionString: config.get("pgConnectionString") });
  }

  public async runInTransaction<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const client: PoolClient = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const uow = new TransactionalUnitOfWork(client);
      const result = await work(uow);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
