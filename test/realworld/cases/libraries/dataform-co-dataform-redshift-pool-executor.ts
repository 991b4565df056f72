// Source: dataform-co/dataform — api/dbadapters/redshift.ts (PgPoolExecutor.execute, the version PR #924 changed for issue #914), reduced by hand, not copied
// Label: safe
// Why: only an error listener is attached before the try; the cursor read runs in a try whose finally releases (the PR is about releasing a broken client with its error, not a leak)
import * as pg from "pg";
import Cursor from "pg-cursor";

export class PgPoolExecutor {
  private pool: pg.Pool;

  constructor(clientConfig: pg.ClientConfig) {
    this.pool = new pg.Pool(clientConfig);
    this.pool.on("error", (err) => console.error("pg.Pool idle client error", err.message));
  }

  public async execute(statement: string, options: { maxResults?: number } = { maxResults: 1000 }) {
    if (!options || !options.maxResults) {
      const result = await this.pool.query(statement);
      return result.rows;
    }
    const client = await this.pool.connect();
    client.on("error", (err) => {
      console.error("pg.Client client error", err.message);
    });
    try {
      const cursor = client.query(new Cursor(statement));
      return await new Promise<any[]>((resolve, reject) => {
        cursor.read(Math.max(2, options.maxResults), (err, rows) => {
          if (err) {
            reject(err);
            return;
          }
          cursor.close((closeErr) => (closeErr ? reject(closeErr) : resolve(rows.slice(0, options.maxResults))));
        });
      });
    } finally {
      client.release();
    }
  }
}
