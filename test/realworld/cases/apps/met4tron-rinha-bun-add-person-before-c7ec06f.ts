// Source: Met4tron/rinha-bun — src/db.ts before c7ec06f "making sure we are releasing the connection back to the pool" (addPerson), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release follows the awaited INSERT with no try; a duplicate nickname (a unique index the challenge's load test hits on purpose) rejects the INSERT and the client is never given back — c7ec06f wraps it in try/finally
import { Pool } from "pg";

const pool = new Pool({ host: "database", min: 50, max: 250, idleTimeoutMillis: 0 });

export type Person = { id: string; nome: string; apelido: string; nascimento: string; stack: string };

export const addPerson = async (person: Person) => {
  const client = await pool.connect();

  await client.query(
    "INSERT INTO people (id, nome, apelido, nascimento, stack) VALUES ($1, $2, $3, $4, $5)",
    [person.id, person.nome, person.apelido, person.nascimento, person.stack],
  );

  client.release();
};
