// Source: idaholab/Deep-Lynx — server/src/data_access_layer/mappers/mapper.ts (Mapper.rowsStreaming; caller repositories/repository.ts findAllToFile), reduced by hand, not copied
// Label: leak
// Why: with no transaction given, the export path checks a client out and resolves only the QueryStream it started on it; no listener on the stream and no caller ever releases that client, so every streamed export to a file keeps one checked out
import { PoolClient, QueryConfig } from "pg";
import QueryStream from "pg-query-stream";
import PostgresAdapter from "./db_adapters/postgres/postgres";

type Options = { transaction?: PoolClient };

export default class Mapper {
  rowsStreaming(q: QueryConfig | string, options?: Options): Promise<QueryStream> {
    return new Promise((resolve, reject) => {
      if (options && options.transaction) {
        if (typeof q !== "string") {
          resolve(options.transaction.query(new QueryStream(q.text, q.values)));
        } else {
          resolve(options.transaction.query(new QueryStream(q)));
        }
      } else {
        PostgresAdapter.Instance.Pool.connect()
          .then((client) => {
            if (typeof q !== "string") {
              resolve(client.query(new QueryStream(q.text, q.values)));
            } else {
              resolve(client.query(new QueryStream(q)));
            }
          })
          .catch((e) => reject(e));
      }
    });
  }
}
