// Source: Met4tron/rinha-bun — src/db.ts at ffc35f4 (getPeople), reduced by hand, not copied
// Label: safe
// Why: the search checks out inside its try, formats the statement with sqlstring there too, and releases in the finally when the checkout happened; the result is read after the try
import { Pool } from "pg";
import sql from "sqlstring";

const pool = new Pool({
  host: process.env.DB_HOST || "localhost",
  max: parseInt(process.env.POOL_SIZE || "50"),
});

export const getPeople = async (searchParam: string) => {
  let client;
  let result;
  try {
    client = await pool.connect();
    const stmt = sql.format(
      `SELECT id, apelido, nome, nascimento::text, stack FROM people WHERE BUSCA_TRGM ILIKE '%'?'%' LIMIT 50`,
      [searchParam.toLowerCase()],
    );
    result = await client.query(stmt);
  } catch (e) {
    throw e;
  } finally {
    if (client) client.release();
  }

  return result?.rows;
};
