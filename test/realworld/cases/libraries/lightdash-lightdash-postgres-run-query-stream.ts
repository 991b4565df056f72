// Source: lightdash/lightdash — packages/warehouses/src/warehouseClients/PostgresWarehouseClient.ts (PostgresClient.runQuery), reduced by hand, not copied
// Label: safe
// Why: the callback checks for a missing client and an error (calling `done()` either way); the query stream's `end`, its `error` and the writable's `error` each call `done()`
import * as pg from "pg";
import { QueryResult } from "pg";
import { Writable } from "stream";
import QueryStream from "pg-query-stream";

export class PostgresClient {
  constructor(private readonly config: pg.PoolConfig) {}

  async runQuery(sql: string) {
    let pool: pg.Pool | undefined;
    return new Promise<{ rows: Record<string, unknown>[]; fields: QueryResult["fields"] }>((resolve, reject) => {
      pool = new pg.Pool(this.config);
      pool.connect((err, client, done) => {
        if (!client) {
          reject(new Error("client undefined"));
          done();
          return;
        }
        if (err) {
          reject(err);
          done();
          return;
        }
        const stream = client.query(new QueryStream(sql));
        const rows: Record<string, unknown>[] = [];
        let fields: QueryResult["fields"] = [];
        stream.on("end", () => {
          done();
          resolve({ rows, fields });
        });
        stream.on("error", (err2) => {
          reject(err2);
          done();
        });
        stream
          .pipe(
            new Writable({
              objectMode: true,
              write(chunk: { row: Record<string, unknown>; fields: QueryResult["fields"] }, _encoding, callback) {
                rows.push(chunk.row);
                fields = chunk.fields;
                callback();
              },
            }),
          )
          .on("error", (err2) => {
            reject(err2);
            done();
          });
      });
    }).finally(() => {
      pool?.end().catch(() => console.info("Failed to end postgres pool"));
    });
  }
}
