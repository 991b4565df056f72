// Source: idaholab/Deep-Lynx — server/src/data_access_layer/mappers/mapper.ts (Mapper.startTransaction), reduced by hand, not copied
// Label: leak
// Why: the transaction helper hands the client out only when BEGIN succeeds; a rejected BEGIN resolves `Result.Failure(e)` and the client it checked out is never released (the callers get no client to release)
import { PoolClient } from "pg";
import PostgresAdapter from "./db_adapters/postgres/postgres";
import Result from "../../common_classes/result";

export default class Mapper {
  async startTransaction(): Promise<Result<PoolClient>> {
    const client = await PostgresAdapter.Instance.Pool.connect();

    return new Promise((resolve) => {
      if (!client) {
        resolve(Result.Failure("unable to secure Postgres client from Pool"));
        return;
      }

      client
        .query("BEGIN")
        .then(() => resolve(Result.Success(client)))
        .catch((e) => {
          resolve(Result.Failure(e));
        });
    });
  }

  async completeTransaction(transactionClient: PoolClient): Promise<Result<boolean>> {
    try {
      await transactionClient.query("COMMIT");
    } catch (e: any) {
      return Result.Failure(e.message);
    }
    transactionClient.release();
    return Result.Success(true);
  }
}
