// Source: reo0306/ddd-introduction-practice — CatalogService/src/infrastructure/SQL/SQLTransactionManager.ts at 4f88b39 (SQLTransactionManager.begin), reduced by hand, not copied
// Label: safe
// Why: a unit of work: begin checks a client out through the injected SQLClientManager (`getConnection` returns `pool.connect()`), runs the callback inside AsyncLocalStorage.run with BEGIN/COMMIT or ROLLBACK, and releases in the outer finally on every path; a nested begin reuses the stored client and checks nothing out
import { injectable } from "tsyringe";
import { SQLClientManager } from "./SQLClientManager";

interface ITransactionManager {
  begin<T>(callback: () => Promise<T>): Promise<T>;
}

@injectable()
export class SQLTransactionManager implements ITransactionManager {
  constructor(private clientManager: SQLClientManager) {}

  async begin<T>(callback: () => Promise<T>): Promise<T> {
    const existingClient = this.clientManager.getClient();
    if (existingClient) {
      return await callback();
    }

    const client = await this.clientManager.getConnection();
    try {
      return await this.clientManager.runWithClient(client, async () => {
        try {
          await client.query("BEGIN");

          const result = await callback();

          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
      });
    } finally {
      client.release();
    }
  }
}
