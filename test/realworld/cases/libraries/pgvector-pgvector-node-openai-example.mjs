// Source: pgvector/pgvector-node — examples/openai/example.js, reduced by hand, not copied
// Label: safe
// Why: a top-level script with one dedicated `pg.Client`, ended at the end of the script; no pool checkout
import pg from "pg";
import pgvector from "pgvector/pg";

const client = new pg.Client({ database: "pgvector_example" });
await client.connect();
await client.query("CREATE EXTENSION IF NOT EXISTS vector");
await pgvector.registerTypes(client);
await client.query("CREATE TABLE IF NOT EXISTS documents (id bigserial PRIMARY KEY, content text, embedding vector(3))");
for (const [i, content] of ["dog", "cat"].entries()) {
  await client.query("INSERT INTO documents (content, embedding) VALUES ($1, $2)", [content, pgvector.toSql([i, i, i])]);
}
const { rows } = await client.query("SELECT content FROM documents ORDER BY embedding <=> $1 LIMIT 5", [pgvector.toSql([1, 1, 1])]);
console.log(rows);
await client.end();
