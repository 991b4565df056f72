// Source: geodatin/ora-agua-back — src/shared/database/utils/insertFromCsvPg.ts (insertFromCsvPg), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the COPY stream's promise is awaited with no try; when the file or the COPY fails the promise rejects and `client.release()` after it never runs
import fs from "fs";
import { Pool } from "pg";
import { from as copyFrom } from "pg-copy-streams";

export async function insertFromCsv(filePath: string, header: string, table: string): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });

  const client = await pool.connect();
  const stream = client.query(copyFrom(`COPY ${table}(${header}) FROM STDIN WITH (FORMAT csv, HEADER true)`));
  const fileStream = fs.createReadStream(filePath);
  const copied = new Promise((resolve, reject) => {
    fileStream.on("error", reject);
    stream.on("error", reject);
    stream.on("finish", resolve);
    fileStream.pipe(stream);
  });
  await copied;
  client.release();
}
