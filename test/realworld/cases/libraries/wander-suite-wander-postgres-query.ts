// Source: wander-suite/wander-postgres — src/PostgresConnection.ts (PostgresConnection.query), reduced by hand, not copied
// Label: safe
// Why: the query runs through the class's getQueryResult inside a try whose finally releases; the result is checked and transformed after the release, without the client
import pg from "pg";
import { SQLStatement } from "sql-template-strings";

type Params = Record<string, unknown>;
type Result<Data = unknown> = Data | Error;

export class PostgresConnection<T, U> {
  pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  async getQueryResult(client: pg.PoolClient, queryGenerator: (params: Params | string) => SQLStatement, params: Params | string) {
    const query = queryGenerator(params);
    let queryResult: any;
    try {
      queryResult = await client.query(query);
      if (!(queryResult instanceof Error)) {
        return queryResult.rows;
      }
    } catch (err) {
      console.log(err);
      return err;
    }
  }

  async query(
    queryGenerator: (params: Params | string) => SQLStatement,
    params: Params | string,
    transform?: (values: T[] | U) => U,
  ): Promise<Result<T[] | U>> {
    const client = await this.pool.connect();
    let queryResult: T[] | U;
    try {
      queryResult = await this.getQueryResult(client, queryGenerator, params);
    } catch (err) {
      console.log(err);
      throw err;
    } finally {
      client.release();
    }

    if (queryResult instanceof Error) {
      throw queryResult;
    }
    if (transform == undefined) {
      return queryResult;
    }
    return transform(queryResult);
  }
}
