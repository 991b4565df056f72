// Source: betagouv/preuve-covoiturage — api/src/db/geo/common/AbstractDataset.ts (AbstractDataset.load), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the awaited BEGIN runs before the try, and the catch awaits ROLLBACK before its release; the pool is typed `pg.Pool` from `dep:pg`, the Deno import-map name of pg
import type pg from "dep:pg";

import { SqlError } from "../errors/index.ts";
import { streamData } from "../helpers/index.ts";

export abstract class AbstractDataset {
  abstract readonly rows: Map<string, [string, string]>;
  filepaths: string[] = [];

  constructor(
    protected connection: pg.Pool,
    protected readonly tableWithSchema: string,
  ) {}

  async load(): Promise<void> {
    const connection = await this.connection.connect();
    await connection.query("BEGIN TRANSACTION");
    try {
      for (const filepath of this.filepaths) {
        const cursor = streamData(filepath);
        let done = false;
        do {
          const results = await cursor.next();
          done = !!results.done;
          if (results.value) {
            await connection.query({
              text: `INSERT INTO ${this.tableWithSchema} (${[...this.rows.keys()].join(", ")}) SELECT * FROM json_to_recordset($1)`,
              values: [JSON.stringify(results.value)],
            });
          }
        } while (!done);
      }
      await connection.query("COMMIT");
      connection.release();
    } catch (e) {
      await connection.query("ROLLBACK");
      connection.release();
      throw new SqlError(this, (e as Error).message);
    }
  }
}
