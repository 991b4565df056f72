// Source: Jonmichaelpsmith/ClinicalSageAI — server/services/LiteratureAggregatorService.ts (saveLiteratureEntries), reduced by hand, not copied
// Label: safe
// Why: the loop of lookups, embedding calls and inserts runs between BEGIN and COMMIT in a `try` whose catch rolls back and rethrows and whose `finally` releases; the `continue` for existing entries stays inside the loop
import { OpenAI } from "openai";
import { pool } from "../db/setupLiterature";

interface LiteratureEntry {
  id: string;
  title: string;
  abstract?: string;
  authors?: string[];
  source_name: string;
  source_id: string;
  organization_id: string;
}

const openai = process.env.OPENAI_API_KEY ? new OpenAI({ apiKey: process.env.OPENAI_API_KEY }) : null;

export class LiteratureAggregatorService {
  private async generateEmbedding(text: string): Promise<number[] | null> {
    if (!openai) return null;
    const response = await openai.embeddings.create({ model: "text-embedding-3-small", input: text });
    return response.data[0].embedding;
  }

  private async saveLiteratureEntries(entries: LiteratureEntry[], queryEmbedding?: number[] | null): Promise<void> {
    if (entries.length === 0) return;

    try {
      const client = await pool.connect();

      try {
        await client.query("BEGIN");

        for (const entry of entries) {
          const existingResult = await client.query(
            `SELECT id FROM literature_entries WHERE source_name = $1 AND source_id = $2 AND organization_id = $3`,
            [entry.source_name, entry.source_id, entry.organization_id],
          );

          if (existingResult.rows.length > 0) {
            continue;
          }

          let embedding = null;
          if (openai && queryEmbedding) {
            const text = [entry.title, entry.abstract].filter(Boolean).join(" ");
            embedding = await this.generateEmbedding(text);
          }

          const authorList = Array.isArray(entry.authors) ? entry.authors : [];

          await client.query(
            `INSERT INTO literature_entries (id, title, authors, abstract, source_name, source_id, organization_id, embedding) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [entry.id, entry.title, authorList, entry.abstract, entry.source_name, entry.source_id, entry.organization_id, embedding ? JSON.stringify(embedding) : null],
          );
        }

        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      console.error("Error saving literature entries:", error);
      throw error;
    }
  }
}
