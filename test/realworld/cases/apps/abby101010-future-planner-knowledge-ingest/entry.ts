// Source: Abby101010/Future-Planner — backend/src/knowledge/ingest.ts at ee724a8 (ingestMarkdownFile), reduced by hand, not copied
// Label: safe
// Why: the RAG ingest checks out through the module's lazy `getPool()`, declares its counters, then in one try embeds the chunks (a remote API call) and upserts them in a transaction; the empty-file return, the catch's guarded ROLLBACK and rethrow and the success path all pass the finally that releases
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { getPool } from "./pool.js";
import { chunkMarkdown } from "./chunk.js";
import { embedDocuments } from "./embed.js";

export type IngestResult = { source: string; inserted: number; updated: number; deleted: number; total: number };

function toVectorLiteral(vec: number[]): string {
  return `[${vec.join(",")}]`;
}

export async function ingestMarkdownFile(path: string): Promise<IngestResult> {
  const source = basename(path);
  const markdown = await readFile(path, "utf8");
  const chunks = chunkMarkdown(markdown, source);

  const pool = getPool();
  const client = await pool.connect();

  let inserted = 0;
  let updated = 0;
  let deleted = 0;

  try {
    await client.query("BEGIN");

    if (chunks.length === 0) {
      const res = await client.query("DELETE FROM knowledge_chunks WHERE source = $1", [source]);
      deleted = res.rowCount ?? 0;
      await client.query("COMMIT");
      return { source, inserted: 0, updated: 0, deleted, total: 0 };
    }

    const embeddings = await embedDocuments(chunks.map((c) => c.content));
    if (embeddings.length !== chunks.length) {
      throw new Error(`embedding count mismatch: ${embeddings.length} for ${chunks.length} chunks`);
    }

    for (let i = 0; i < chunks.length; i++) {
      const res = await client.query<{ was_insert: boolean }>(
        `INSERT INTO knowledge_chunks (source, chunk_index, content, embedding)
         VALUES ($1, $2, $3, $4::vector)
         ON CONFLICT (source, chunk_index) DO UPDATE SET content = EXCLUDED.content, embedding = EXCLUDED.embedding
         RETURNING (xmax = 0) AS was_insert`,
        [source, i, chunks[i]!.content, toVectorLiteral(embeddings[i]!)],
      );
      if (res.rows[0]?.was_insert) inserted++;
      else updated++;
    }

    const delRes = await client.query("DELETE FROM knowledge_chunks WHERE source = $1 AND chunk_index >= $2", [source, chunks.length]);
    deleted = delRes.rowCount ?? 0;
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }

  return { source, inserted, updated, deleted, total: chunks.length };
}
