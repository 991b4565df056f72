// Source: saltcorn/saltcorn — packages/saltcorn-data/models/table.ts (Table.import_json_file), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: on PostgreSQL the client from `db.pools_connections ? await db.getClient() : db` runs BEGIN and the streamed inserts; a row error rolls back and releases inside consume, but a failed BEGIN, deferForeignKeys or a JSON stream that rejects (a truncated file) leaves before the COMMIT and release, with nothing to give the client back
import db from "./db";

declare function async_json_stream(filePath: string, onRow: (row: Record<string, unknown>) => Promise<void>): Promise<void>;

export class Table {
  name = "";

  async resetSequence(): Promise<void> {}

  async import_json_file(filePath: string, skip_first_data_row?: boolean): Promise<{ success?: string; error?: string }> {
    let i = 1;
    let importError: string | undefined;
    const client = db.pools_connections ? await db.getClient() : db;
    await client.query("BEGIN");
    await db.deferForeignKeys(client);
    const consume = async (rec: Record<string, unknown>) => {
      i += 1;
      if (skip_first_data_row && i === 2) return;
      if (importError) return;
      try {
        await db.insert(this.name, rec, { noid: true, client });
      } catch (e) {
        await client.query("ROLLBACK");
        if (db.pools_connections) await (client as any).release(true);
        importError = `${(e as Error).message} in row ${i}`;
      }
    };
    await async_json_stream(filePath, async (row) => {
      await consume(row);
    });
    if (importError) return { error: importError };

    await client.query("COMMIT");
    if (db.pools_connections) await (client as any).release(true);

    await this.resetSequence();
    return { success: `Imported ${i - 1} rows into table ${this.name}` };
  }
}
