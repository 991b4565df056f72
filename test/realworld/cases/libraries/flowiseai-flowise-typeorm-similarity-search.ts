// Source: FlowiseAI/Flowise — packages/components/nodes/vectorstores/Postgres/driver/TypeORM.ts (similaritySearchVectorWithScore), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a failing similarity query throws before `conn.release()`; the function also makes a new Pool per call and never ends it
import { Pool, type PoolConfig } from "pg";

export async function similaritySearch(options: PoolConfig, tablePath: string, query: number[], k: number) {
  const queryString = `SELECT *, embedding <=> $1 AS "_distance" FROM ${tablePath} ORDER BY "_distance" ASC LIMIT $2;`;
  const pool = new Pool(options);
  const conn = await pool.connect();
  const documents = await conn.query(queryString, [`[${query.join(",")}]`, k]);
  conn.release();
  const results: [unknown, number][] = [];
  for (const doc of documents.rows) {
    if (doc._distance != null && doc.pageContent != null) results.push([doc, doc._distance]);
  }
  return results;
}
