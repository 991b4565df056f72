// Source: Met4tron/rinha-bun — src/db.ts at ffc35f4 (addPerson), reduced by hand, not copied
// Label: safe
// Why: the Hono-on-Bun service's insert declares `let client` outside its try, checks out inside it, and releases in the finally when the checkout happened; the catch only rethrows
import { Pool } from "pg";

const pool = new Pool({
  host: process.env.DB_HOST || "localhost",
  max: parseInt(process.env.POOL_SIZE || "50"),
});

export type Person = { id: string; nome: string; apelido: string; nascimento: string; stack: string };

export const addPerson = async (person: Person) => {
  let client;
  try {
    client = await pool.connect();
    await client.query("INSERT INTO people (id, nome, apelido, nascimento, stack) VALUES ($1, $2, $3, $4, $5)", [
      person.id,
      person.nome,
      person.apelido,
      person.nascimento,
      person.stack,
    ]);
  } catch (e) {
    throw e;
  } finally {
    if (client) client.release();
  }
};
