// Source: https://github.com/brianc/node-pg-copy-streams/issues/146 (the reporter's CopyFromHypertable, "Idle connections with COMMIT"), reduced by hand, not copied
// Label: safe
// Why: the COPY TO stream is resolved to the caller with the client still held; the stream's 'error' calls `done` and its 'end' calls `client.release()`, the corpus's reading of a stream released on both (the idle connections in the thread are a consumer that never drains the stream)
import { PoolClient } from "pg";
import { to as copyTo } from "pg-copy-streams";
import { PostgresAdapter } from "./postgres-adapter";

type Result<T> = { ok: boolean; value?: T; error?: string };

export class HypertableRepository {
  hypertableCopyToStatement(source: { id: string }): string {
    return `COPY (SELECT * FROM y_${source.id}) TO STDOUT WITH CSV HEADER`;
  }

  async copyFromHypertable(source: { id: string }): Promise<Result<NodeJS.ReadableStream>> {
    return new Promise((resolve) => {
      PostgresAdapter.Instance.Pool.connect((err: Error, client: PoolClient, done: any) => {
        if (err) {
          return resolve({ ok: false, error: "unable to secure postgres client" });
        }

        const stream = client.query(copyTo(this.hypertableCopyToStatement(source)));
        stream.on("error", done);
        stream.on("end", () => {
          client.release();
        });

        return resolve({ ok: true, value: stream });
      });
    });
  }
}
