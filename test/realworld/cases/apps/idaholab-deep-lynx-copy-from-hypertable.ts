// Source: idaholab/Deep-Lynx — server/src/data_access_layer/mappers/data_warehouse/import/data_source_mapper.ts (CopyFromHypertable), reduced by hand, not copied
// Label: safe
// Why: the timeseries download checks a client out with a callback, resolves the COPY TO stream of the hypertable to the caller, and binds `done` to the stream's 'error' and 'end' (the corpus's reading of a stream released on both); a failed checkout resolves a failure with no client
import { PoolClient } from "pg";
import { to as copyTo } from "pg-copy-streams";
import PostgresAdapter from "../../../mappers/db_adapters/postgres/postgres";
import Result from "../../../../common_classes/result";

export default class DataSourceMapper {
  public async CopyFromHypertable(source: { id: string; table: string }, options?: { start?: string }): Promise<Result<NodeJS.ReadableStream>> {
    return new Promise((resolve) => {
      PostgresAdapter.Instance.Pool.connect((err: Error, client: PoolClient, done: any) => {
        if (err) {
          return resolve(Result.Failure("unable to secure postgres client"));
        }

        const stream = client.query(copyTo(this.hypertableCopyToStatement(source, options)));
        stream.on("error", done);
        stream.on("end", done);

        return resolve(Result.Success(stream));
      });
    });
  }

  private hypertableCopyToStatement(source: { id: string; table: string }, options?: { start?: string }): string {
    return `COPY (SELECT * FROM ${source.table}) TO STDOUT WITH CSV HEADER`;
  }
}
