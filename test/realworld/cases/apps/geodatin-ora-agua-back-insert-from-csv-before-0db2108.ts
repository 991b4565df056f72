// Source: geodatin/ora-agua-back — src/utils/insertFromCsvPg.ts at 0db2108^ (insertFromCsvPg, before "Release connection after insert in insert from csv function"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the COPY stream's client is checked out and never released on any path; the commit that followed added the release
import fs from "fs";
import { Pool } from "pg";
import { from as copyFrom } from "pg-copy-streams";

export async function insertFromCsvPg(filePath: string, header: string, table: string) {
  const pool = new Pool({
    host: process.env.DB_HOST,
    database: process.env.DB_NAME,
  });

  const client = await pool.connect();
  const stream = client.query(copyFrom(`COPY ${table}(${header}) FROM STDIN with (format csv, header true)`));
  const fileStream = fs.createReadStream(filePath);
  const copied = new Promise((resolve, reject) => {
    fileStream.on("error", reject);
    stream.on("error", reject);
    stream.on("finish", resolve);
    fileStream.pipe(stream);
  });
  await copied;
}
