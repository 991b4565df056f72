// Source: outsidedata/dolex — src/connectors/pg/index.ts (PgConnection.applyDerivation), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is pinned on the `pinned` field on purpose (temp views live on one session); close() releases it
import pg from "pg";

export class PgConnection {
  private pinned: pg.PoolClient | null = null;
  private derived = new Map<string, string[]>();

  constructor(private pool: pg.Pool) {}

  async applyDerivation(table: string, column: string, expr: string): Promise<void> {
    if (/;|--/.test(expr)) throw new Error("derivation expr must be a single SQL expression");
    if (!this.pinned) this.pinned = await this.pool.connect();
    const c = this.pinned;
    const cols = this.derived.get(table) ?? [];
    cols.push(`(${expr}) AS "${column}"`);
    this.derived.set(table, cols);
    await c.query(`DROP VIEW IF EXISTS pg_temp."${table}"`);
    await c.query(`CREATE TEMP VIEW "${table}" AS SELECT b.*, ${cols.join(", ")} FROM public."${table}" b`);
  }

  async close(): Promise<void> {
    try {
      if (this.pinned) {
        this.pinned.release();
        this.pinned = null;
      }
    } catch {
      // nothing to do
    }
    await this.pool.end();
  }
}
