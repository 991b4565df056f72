// Source: Worklenz/worklenz — worklenz-backend/src/services/import-providers/monday-provider.ts (ensureCustomColumn), reduced by hand, not copied
// Label: safe
// Why: the early `return columnKey` after a ROLLBACK, the COMMIT path and the catch that rolls back and returns null all pass the inner finally that releases; an outer try only logs
import db from "./db";

interface Mapping {
  fieldType: string;
}

export async function ensureCustomColumn(projectId: string, column: { id: string; title: string; settings_str?: string }, mapping: Mapping | null): Promise<string | null> {
  try {
    if (!mapping) {
      return null;
    }
    const columnKey = `monday_${column.id}`;

    const client = await db.pool.connect();
    try {
      await client.query("BEGIN");

      const existingCheck = await client.query("SELECT id FROM cc_custom_columns WHERE project_id = $1 AND key = $2", [projectId, columnKey]);
      if (existingCheck.rows.length > 0) {
        await client.query("ROLLBACK");
        return columnKey;
      }

      const columnResult = await client.query(
        "INSERT INTO cc_custom_columns (project_id, name, key, field_type) VALUES ($1, $2, $3, $4) RETURNING id",
        [projectId, column.title, columnKey, mapping.fieldType],
      );

      if (mapping.fieldType === "selection" && column.settings_str) {
        try {
          const settings = JSON.parse(column.settings_str);
          for (const [index, label] of (settings.labels ?? []).entries()) {
            await client.query("INSERT INTO cc_selection_options (column_id, name, index) VALUES ($1, $2, $3)", [columnResult.rows[0].id, label, index]);
          }
        } catch {
          // settings that do not parse leave the column without options
        }
      }

      await client.query("COMMIT");
      return columnKey;
    } catch (error) {
      await client.query("ROLLBACK");
      console.error("Failed to create custom column", error);
      return null;
    } finally {
      client.release();
    }
  } catch (error) {
    console.error("Failed to map column", error);
    return null;
  }
}
