// Source: Jack-Gitter/TransactionInterceptor — src/database/transactionManager/transactionManager.ts at 689e8a2 (TransactionManager.getDAOsForTransaction, after "remaking this shit with pg pool"), reduced by hand, not copied
// Label: hand-over
// Why: the checked-out connection is returned to the caller in a tuple beside the DAOs built on it; the comment and the orders service (release in its finally) make releasing the caller's job
import { Injectable } from "@nestjs/common";
import { Pool, PoolClient } from "pg";

type DAO<T> = new (connection: PoolClient) => T;

@Injectable()
export class TransactionManager {
  constructor(private pool: Pool) {}

  // the caller must release the connection when the transaction is done
  async getDAOsForTransaction(...constructors: DAO<any>[]): Promise<[any[], PoolClient]> {
    const connection = await this.pool.connect();
    return [constructors.map((constructor) => new constructor(connection)), connection];
  }
}
