// Source: khalidalshamsi123/CompaniesHouseAPI_LargeTeamProject — src/components/GamblingCommission/GamblingCommission.ts (csvStreamParseAndCopy), reduced by hand, not copied
// Label: safe
// Why: the CSV parser is built and the COPY stream piped inside the try (the pipeline is awaited); ROLLBACK in the catch, release in the finally
import { parse } from "fast-csv";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { pool } from "../../database/setup/databasePool";

export async function csvStreamParseAndCopy(tableName: string, schema: string, file: Readable): Promise<void> {
  const client = await pool.connect();

  try {
    const csvParseStream = parse({ headers: true, delimiter: ",", trim: true }).on("error", (error) => {
      console.error(`Error parsing CSV: ${error.message}`);
    });

    await client.query("BEGIN");
    await client.query(`TRUNCATE ${schema}.${tableName}`);
    const copyStream = client.query(copyFrom(`COPY ${schema}.${tableName} FROM STDIN WITH (FORMAT csv)`));
    await pipeline(file, csvParseStream, copyStream);
    await client.query("COMMIT");
  } catch (e: unknown) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
