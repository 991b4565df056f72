// Source: hirosystems/stacks-blockchain-api — src/datastore/postgres-store.ts at 3cba0556 (PgDataStore.getRawEventRequests), reduced by hand, not copied
// Label: safe
// Why: an async generator holds the client across its yields (COPY into a temp table, then a pg-cursor read in batches); the catch rolls back and rethrows and the finally releases, also when the consumer stops early
import { Pool } from "pg";
import PgCursor from "pg-cursor";
import * as pgCopyStreams from "pg-copy-streams";
import { Readable, pipeline } from "stream";
import { promisify } from "util";

const pipelineAsync = promisify(pipeline);

export async function* getRawEventRequests(
  pool: Pool,
  readStream: Readable,
  onStatusUpdate?: (msg: string) => void,
): AsyncGenerator<{ id: string; payload: string }[], void, unknown> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("CREATE TEMPORARY TABLE temp_requests (id bigint PRIMARY KEY, payload jsonb NOT NULL) ON COMMIT DROP");
    const importStream = client.query(pgCopyStreams.from("COPY temp_requests FROM STDIN"));
    await pipelineAsync(readStream, importStream);
    onStatusUpdate?.("Streaming raw event requests from temporary table...");
    const cursor = client.query(new PgCursor<{ id: string; payload: string }>("SELECT id, payload::text FROM temp_requests ORDER BY id ASC"));
    let rows: { id: string; payload: string }[] = [];
    do {
      rows = await new Promise((resolve, reject) => {
        cursor.read(100, (error, batch) => (error ? reject(error) : resolve(batch)));
      });
      if (rows.length > 0) {
        yield rows;
      }
    } while (rows.length > 0);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
