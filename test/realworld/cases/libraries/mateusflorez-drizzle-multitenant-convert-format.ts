// Source: mateusflorez/drizzle-multitenant — src/cli/commands/convert-format.ts (convertTenantFormat), reduced by hand, not copied
// Label: safe
// Why: the dry run returns from inside the outer `try`, the conversion's inner catch rolls back and rethrows, and the outer `finally` releases on every path (the "No conversion needed" return gives the client back with the transaction still open: session state, not a leak)
import { Pool } from "pg";

type TableFormat = "name" | "hash" | "drizzle-kit";
interface DetectedFormat {
  columns: { identifier: "name" | "hash"; timestamp: string };
}
interface MigrationFileInfo {
  name: string;
  hash: string;
}

async function convertTenantFormat(
  pool: Pool,
  schemaName: string,
  tableName: string,
  migrations: MigrationFileInfo[],
  currentFormat: DetectedFormat,
  targetFormat: TableFormat,
  dryRun: boolean,
): Promise<{ success: boolean; message: string }> {
  const hashToName = new Map(migrations.map((m) => [m.hash, m.name]));
  const nameToHash = new Map(migrations.map((m) => [m.name, m.hash]));

  const client = await pool.connect();

  try {
    const identifierCol = currentFormat.columns.identifier;
    const current = await client.query<{ id: number; identifier: string }>(
      `SELECT id, "${identifierCol}" as identifier FROM "${schemaName}"."${tableName}" ORDER BY id`,
    );

    if (dryRun) {
      const conversions: string[] = [];
      for (const row of current.rows) {
        const target = targetFormat === "name" ? hashToName.get(row.identifier) : nameToHash.get(row.identifier);
        conversions.push(`  ${row.identifier} -> ${target ?? "unknown"}`);
      }
      return {
        success: true,
        message: conversions.length > 0 ? conversions.join("\n") : "  No conversions needed",
      };
    }

    await client.query("BEGIN");

    try {
      if (targetFormat === "name" && currentFormat.columns.identifier === "hash") {
        await client.query(`ALTER TABLE "${schemaName}"."${tableName}" ADD COLUMN IF NOT EXISTS name VARCHAR(255)`);
        let converted = 0;
        for (const row of current.rows) {
          const name = hashToName.get(row.identifier);
          if (name) {
            await client.query(`UPDATE "${schemaName}"."${tableName}" SET name = $1 WHERE id = $2`, [name, row.id]);
            converted++;
          }
        }
        await client.query("COMMIT");
        return { success: true, message: `Converted ${converted} records to name format` };
      } else if (targetFormat !== "name" && currentFormat.columns.identifier === "name") {
        await client.query(`ALTER TABLE "${schemaName}"."${tableName}" ADD COLUMN IF NOT EXISTS hash TEXT`);
        let converted = 0;
        for (const row of current.rows) {
          const hash = nameToHash.get(row.identifier);
          if (hash) {
            await client.query(`UPDATE "${schemaName}"."${tableName}" SET hash = $1 WHERE id = $2`, [hash, row.id]);
            converted++;
          }
        }
        await client.query("COMMIT");
        return { success: true, message: `Converted ${converted} records to ${targetFormat} format` };
      }

      return { success: true, message: "No conversion needed" };
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    }
  } finally {
    client.release();
  }
}

export { convertTenantFormat };
