// Source: voxpelli/pg-utils — lib/csv-folder-to-db.js (csvFromFolderToDb), reduced by hand, not copied
// Label: safe
// Why: the COPY loop runs in a try whose finally releases; the outer try/finally only ends a pool the function made itself
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import pathModule from "node:path";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export async function csvFromFolderToDb(connection, files) {
  const ownPool = !(connection && typeof connection === "object" && "connect" in connection);
  const pool = ownPool ? new pg.Pool({ connectionString: connection }) : connection;
  try {
    const client = await pool.connect();
    try {
      for (const file of files) {
        const name = pathModule.basename(file, ".csv");
        const dbCopy = client.query(copyFrom(`COPY ${pg.escapeIdentifier(name)} FROM STDIN WITH (FORMAT csv, HEADER MATCH)`));
        try {
          await pipeline(createReadStream(file), dbCopy);
        } catch (cause) {
          throw new Error(`Failed inserting data into "${name}"`, { cause });
        }
      }
    } finally {
      client.release();
    }
  } finally {
    if (ownPool) await pool.end();
  }
}
