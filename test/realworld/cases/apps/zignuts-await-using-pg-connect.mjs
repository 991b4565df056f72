// Source: https://www.zignuts.com/question-and-answer/how-does-await-using-prevent-database-connection-leaks (the answer's example, December 2025), reduced by hand, not copied
// Label: safe
// Why: an AI-era answer recommends `await using client = await pg.connect(pool)`; pg 8 has no `pg.connect` (removed in pg 7), so the call throws a TypeError before any client is checked out: the example is broken but holds nothing (a pg PoolClient has no Symbol.asyncDispose either)
import pg from "pg";

const pool = new pg.Pool();

export async function addUser(name) {
  await using client = await pg.connect(pool);
  await client.query("BEGIN");
  await client.query("INSERT INTO users (name) VALUES ($1)", [name]);
  await client.query("COMMIT");
}
