// Source: ethereum/sourcify — services/database/schema-updates/post-v0-to-v1-upgrade.mjs (updateSourceHashes), reduced by hand, not copied
// Label: safe
// Why: the batch loop's BEGIN/UPDATE/COMMIT run inside the try; the catch rolls back and logs, the finally releases
import pg from "pg";
import { keccak256 } from "ethers";

const pool = new pg.Pool({
  host: process.env.POSTGRES_HOST,
  port: process.env.POSTGRES_PORT,
  user: process.env.POSTGRES_USER,
  password: process.env.POSTGRES_PASSWORD,
  database: process.env.POSTGRES_DB,
});
const schema = process.env.POSTGRES_SCHEMA || "public";
const BATCH_SIZE = parseInt(process.env.BATCH_SIZE || "1000");

async function updateSourceHashes() {
  const client = await pool.connect();

  try {
    let processedRows = 0;
    let totalRows = 0;
    do {
      await client.query("BEGIN");
      const result = await client.query(`SELECT source_hash, content FROM ${schema}.sources WHERE source_hash_keccak = '' LIMIT $1`, [BATCH_SIZE]);
      totalRows = result.rows.length;
      if (totalRows > 0) {
        const updateValues = result.rows.map((row, index) => `($${index * 2 + 1}::bytea, $${index * 2 + 2}::bytea)`).join(",");
        const flatParams = result.rows.flatMap((row) => {
          const contentHash = keccak256(Buffer.from(row.content));
          return [Buffer.from(contentHash.slice(2), "hex"), row.source_hash];
        });
        await client.query(
          `UPDATE ${schema}.sources AS s SET source_hash_keccak = c.hash FROM (VALUES ${updateValues}) AS c(hash, source_hash) WHERE s.source_hash = c.source_hash`,
          flatParams,
        );
        processedRows += totalRows;
        console.log(`Processed ${processedRows} rows`);
      }
      await client.query("COMMIT");
    } while (totalRows === BATCH_SIZE);
    console.log(`Finished processing ${processedRows} rows in total`);
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Error updating source hashes:", error);
  } finally {
    client.release();
  }
}

updateSourceHashes()
  .then(() => console.log("Source hash update complete"))
  .catch((err) => console.error(err))
  .finally(() => pool.end());
