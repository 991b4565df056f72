// Source: Przyval/openfoundry — packages/search/src/pg-search.ts at 580410bb (PgSearchProvider.reindexAll), reduced by hand, not copied
// Label: safe
// Why: the search package's provider keeps the pool it is given on `this.pool`; the TRUNCATE, one INSERT … SELECT per source table and COMMIT run in a `try` whose `catch` rolls back and rethrows and whose `finally` releases
import type pg from "pg";

const SOURCE_TABLES = [
  { table: "datasets", ridCol: "rid", entityType: "dataset", titleExpr: "name" },
  { table: "ontology_objects", ridCol: "rid", entityType: "object", titleExpr: "title" },
];

export class PgSearchProvider {
  constructor(private readonly pool: pg.Pool) {}

  async removeEntity(rid: string): Promise<void> {
    await this.pool.query("DELETE FROM search_index WHERE rid = $1", [rid]);
  }

  async reindexAll(): Promise<{ indexed: number }> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("TRUNCATE search_index");
      let totalIndexed = 0;
      for (const src of SOURCE_TABLES) {
        const result = await client.query(
          `INSERT INTO search_index (rid, entity_type, title) SELECT ${src.ridCol}, '${src.entityType}', ${src.titleExpr} FROM ${src.table} ON CONFLICT (rid) DO NOTHING`,
        );
        totalIndexed += result.rowCount ?? 0;
      }
      await client.query("COMMIT");
      return { indexed: totalIndexed };
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
}
