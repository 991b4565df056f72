// Source: saltcorn/saltcorn — packages/saltcorn-data/models/table.ts (Table.import_csv_file), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: on PostgreSQL the import checks out a client (`db.pools_connections ? await db.getClient() : db`), begins a transaction and streams the file; a failed stat, BEGIN or deferForeignKeys throws, a failed COPY returns `{ error }` from inside the try, and a failed CSV parse ends in the catch that returns `{ error }`, none of them with a ROLLBACK or release, and only the success path and a failed row release
import db from "./db";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";

declare function parseCsv(stream: NodeJS.ReadableStream, onRow: (rec: Record<string, unknown>) => Promise<void>, onError: (err: Error) => void, onEnd: () => void): void;

export class Table {
  name = "";

  async import_csv_file(filePath: string, options?: { no_transaction?: boolean; method?: "copy" | "row-by-row" }): Promise<{ success?: string; error?: string }> {
    let i = 1;
    let rejectDetails = "";
    const client = !db.pools_connections || options?.no_transaction ? db : await db.getClient();

    const stats = await stat(filePath);
    const fileSizeInMegabytes = stats.size / (1024 * 1024);

    if (!options?.no_transaction) await client.query("BEGIN");
    await db.deferForeignKeys(client);

    const readStream = createReadStream(filePath);
    try {
      if (options?.method === "copy" || (options?.method !== "row-by-row" && fileSizeInMegabytes > 1)) {
        let theError: Error | undefined;
        const copyres = await db.copyFrom(readStream, this.name, client).catch((cate: Error) => {
          theError = cate;
        });
        if (theError || copyres?.error) return { error: `Error processing CSV file: ${theError?.message ?? copyres?.error}` };
      } else {
        await new Promise<void>((resolve, reject) => {
          parseCsv(
            readStream,
            async (rec) => {
              i += 1;
              try {
                await db.insert(this.name, rec, { noid: true, client });
              } catch (e) {
                if (!options?.no_transaction) await client.query("ROLLBACK");
                if (db.pools_connections && !options?.no_transaction) await (client as any).release(true);
                reject({ error: `${(e as Error).message} in row ${i}` });
              }
            },
            (err) => reject({ error: err.message }),
            () => resolve(),
          );
        });
      }
      readStream.destroy();
    } catch (e) {
      return { error: `Error processing CSV file (${fileSizeInMegabytes} MB): ${(e as { error?: string }).error}\n${rejectDetails}` };
    }

    if (!options?.no_transaction) await client.query("COMMIT");
    if (db.pools_connections && !options?.no_transaction) await (client as any).release(true);
    return { success: `Imported ${i - 1} rows into table ${this.name}` };
  }
}
