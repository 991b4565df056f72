// Source: bontafix/speq-ts — src/scripts/generate-dictionary.ts at 7941cfd (saveDictionaryEntry), reduced by hand, not copied
// Label: leak
// Why: the LLM dictionary generator's per-entry save sends `await client.query("COMMIT")` in the finally before `client.release()`; a COMMIT that rejects (a broken connection, or after the catch's failed ROLLBACK) throws out of the finally and the release never runs
import { Pool } from "pg";

const pgPool = new Pool({ connectionString: process.env.DATABASE_URL });

interface DictionaryEntry {
  key: string;
  label_ru: string;
  category: string;
  aliases?: string[];
  sql_expression: string;
}

export async function saveDictionaryEntry(entry: DictionaryEntry): Promise<boolean> {
  const client = await pgPool.connect();

  try {
    await client.query("BEGIN");
    const exists = await client.query("SELECT key FROM parameter_dictionary WHERE key = $1", [entry.key]);
    if (exists.rows.length > 0) {
      await client.query(
        "UPDATE parameter_dictionary SET label_ru = $2, category = $3, aliases = $4, sql_expression = $5, updated_at = NOW() WHERE key = $1",
        [entry.key, entry.label_ru, entry.category, JSON.stringify(entry.aliases || []), entry.sql_expression],
      );
      return true;
    } else {
      await client.query(
        "INSERT INTO parameter_dictionary (key, label_ru, category, aliases, sql_expression) VALUES ($1, $2, $3, $4, $5)",
        [entry.key, entry.label_ru, entry.category, JSON.stringify(entry.aliases || []), entry.sql_expression],
      );
      return true;
    }
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.query("COMMIT");
    client.release();
  }
}
