// Source: croquiscom/cormo — packages/cormo/src/adapters/postgresql.ts (PostgreSQLAdapter.stream), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the query stream's 'end' releases the client, but its 'error' handler only forwards the error to the transformer: a failing query keeps the client out of the pool for good
import stream from "stream";
import QueryStream from "pg-query-stream";

export class PostgreSQLAdapter {
  private _pool: any;
  private _connection: any;

  stream(modelName: string, sql: string, params: unknown[]): stream.Readable {
    const transformer = new stream.Transform({ objectMode: true });
    transformer._transform = (record, _encoding, callback) => {
      transformer.push(this.toModel(modelName, record));
      callback();
    };
    this._pool.connect().then((client: any) => {
      this._connection._logger.logQuery(sql, params);
      client
        .query(new QueryStream(sql, params))
        .on("end", () => {
          client.release();
        })
        .on("error", (error: any) => {
          transformer.emit("error", error);
        })
        .pipe(transformer);
    });
    return transformer;
  }

  private toModel(_name: string, record: unknown) {
    return record;
  }
}
