// Source: thiago-roberto/legacy-llm-backend — src/db/pgvector.ts at 71e5c57 (insertEmbeddings), reduced by hand, not copied
// Label: safe
// Why: the whole embedding loop — a count, an early return at the 400-row cap, an OpenAI embedding call and an INSERT per text with its own try/catch — sits in a try whose finally releases; the client is held across the API calls but always given back
import { Pool } from "pg";
import { OpenAIEmbeddings } from "@langchain/openai";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const embedder = new OpenAIEmbeddings();

export async function insertEmbeddings(texts: string[]) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT COUNT(*) FROM rag_vectors");
    const remaining = Math.max(0, 400 - parseInt(rows[0].count, 10));
    if (remaining <= 0) {
      console.log("Skipping insertion: 400 embeddings already exist.");
      return;
    }
    for (const text of texts.slice(0, remaining)) {
      const embeddingArr = await embedder.embedQuery(text);
      try {
        await client.query(
          "INSERT INTO rag_vectors (content, embedding) VALUES ($1, $2) ON CONFLICT (content) DO NOTHING",
          [text, `[${embeddingArr.join(",")}]`],
        );
      } catch (err) {
        console.warn(`Failed to insert: ${text.substring(0, 40)}...`, (err as Error).message);
      }
    }
  } finally {
    client.release();
  }
}
