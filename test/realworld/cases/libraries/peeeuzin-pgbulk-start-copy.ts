// Source: peeeuzin/pgbulk — src/pgbulk.ts (PGBulk.start), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the bulk loader checks out a client, opens a transaction and pipes each file into COPY … FROM STDIN, then commits and releases with no try/finally: a failed COPY, parse or index rebuild leaves the client checked out with its transaction open
import fs from "fs";
import { Transform } from "stream";
import { pipeline } from "stream/promises";
import { Pool, PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { stringify } from "csv-stringify";
import { parse } from "csv-parse";

type Row = Record<string, unknown>;
type Index = { name: string; definition: string };

export class PGBulk {
  private pool?: Pool;
  private files: string[] = [];
  private temporaryTableName = "pgbulk_tmp";
  private usingTemporaryTableStrategy = true;
  private config: { allowDisableIndexes?: boolean; tables: Record<string, string[]> } = { tables: {} };

  async start() {
    if (this.files.length === 0) throw new Error("No files registred.");

    const client = await this.pool!.connect();

    await client.query("BEGIN");

    if (this.usingTemporaryTableStrategy) await this.createTemporaryTable(client);

    let indexes: Index[] = [];
    if (this.config.allowDisableIndexes) {
      for (const table of Object.keys(this.config.tables)) {
        indexes = [...indexes, ...(await this.getIndexesFromTable(client, table))];
      }
    }

    for (const file of this.files) {
      const copyStream = client.query(copyFrom(this.buildCopyQuery()));
      await pipeline(
        fs
          .createReadStream(file)
          .pipe(parse({ columns: true }))
          .pipe(
            new Transform({
              objectMode: true,
              transform: async (chunk, enc, callback) => callback(null, await this.parse(chunk)),
            }),
          )
          .pipe(stringify()),
        copyStream,
      );
    }

    if (this.usingTemporaryTableStrategy) await client.query(`ANALYZE "${this.temporaryTableName}"`);

    await this.removeAllIndexes(client, indexes);
    if (this.usingTemporaryTableStrategy) await this.pushToTable(client);
    await this.recreateAllIndexes(client, indexes);

    await this.onFinish();

    await client.query("COMMIT");

    client.release();
  }

  async onFinish() {}

  parse(row: Row): Promise<Row | undefined> | Row | undefined {
    return row;
  }

  private buildCopyQuery() {
    return `COPY "${this.temporaryTableName}" FROM STDIN WITH (FORMAT csv)`;
  }

  private async createTemporaryTable(client: PoolClient) {
    await client.query(`CREATE TEMPORARY TABLE "${this.temporaryTableName}" (data jsonb)`);
  }

  private async getIndexesFromTable(client: PoolClient, table: string): Promise<Index[]> {
    const { rows } = await client.query("SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = $1", [table]);
    return rows;
  }

  private async removeAllIndexes(client: PoolClient, indexes: Index[]) {
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  }

  private async recreateAllIndexes(client: PoolClient, indexes: Index[]) {
    for (const index of indexes) await client.query(index.definition);
  }

  private async pushToTable(client: PoolClient) {
    await client.query(`INSERT INTO target SELECT * FROM "${this.temporaryTableName}"`);
  }
}
