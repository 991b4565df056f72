// Source: agents-inc/skills — src/skills/api-database-postgresql/examples/streaming.md at 279811b6 ("Streaming with pg-query-stream": exportOrdersToCsv), reduced by hand, not copied
// Label: safe
// Why: the QueryStream is piped through a Transform to a file with `await pipeline(…)` inside a try whose finally releases the client
import type pg from "pg";
import QueryStream from "pg-query-stream";
import { pipeline } from "node:stream/promises";
import { createWriteStream } from "node:fs";
import { Transform } from "node:stream";

export async function exportOrdersToCsv(pool: pg.Pool, outputPath: string): Promise<void> {
  const client = await pool.connect();
  try {
    const dbStream = client.query(new QueryStream("SELECT id, user_id, total FROM orders ORDER BY id", [], { batchSize: 100 }));
    const csvTransform = new Transform({
      objectMode: true,
      transform(row, _encoding, callback) {
        callback(null, `${row.id},${row.user_id},${row.total}\n`);
      },
    });
    const fileStream = createWriteStream(outputPath);
    fileStream.write("id,user_id,total\n");
    await pipeline(dbStream, csvTransform, fileStream);
  } finally {
    client.release();
  }
}
