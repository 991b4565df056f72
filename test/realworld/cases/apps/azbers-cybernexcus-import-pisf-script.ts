// Source: azbers/cyberNexcus — database/scripts/import-pisf.ts at 594ce93 (main), reduced by hand, not copied
// Label: safe
// Why: the PISF import script runs the whole import in one transaction with SET LOCAL timeouts; the catch rolls back (its own failure ignored) and rethrows, and the finally releases and ends the pool
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Pool } from "pg";
import { PisfRepository } from "../../backend/src/pisf/repository.js";
import { PisfService } from "../../backend/src/pisf/service.js";
import { parseArgs, parseCsv } from "./args.js";

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const buffer = await readFile(args.file);
  const sourceChecksum = createHash("sha256").update(buffer).digest("hex");
  const rows = parseCsv(buffer.toString("utf8"));

  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2, connectionTimeoutMillis: 5000 });
  const service = new PisfService(new PisfRepository(pool));

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL statement_timeout = '60s'");
    await client.query("SET LOCAL idle_in_transaction_session_timeout = '10s'");

    const result = await service.importFromRows(client, {
      sourceFileName: path.basename(args.file),
      sourceChecksum,
      force: args.force,
      rows,
    });

    await client.query("COMMIT");
    console.log(`PISF import status: ${result.status}`);
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // the original failure is the one to surface
    }
    throw err;
  } finally {
    client.release();
    await pool.end();
  }
}

main().catch((err) => {
  console.error("PISF import failed.", err);
  process.exit(1);
});
