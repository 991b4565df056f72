// Source: Met4tron/rinha-backend-nodejs-q1-2024 — src/db.ts at ca75d37 (getExtract, the v1 version), reduced by hand, not copied
// Label: safe
// Why: the first version reads the statement inside a transaction under an advisory lock and throws a 404 error from inside the try when the account is missing; the catch awaits ROLLBACK and rethrows, and the finally releases on every path
import { Pool } from "pg";

class APIError extends Error {
  constructor(public status: number) {
    super(String(status));
  }
}

const pool = new Pool({
  host: process.env.DB_HOST || "localhost",
  database: "rinha_db",
  connectionTimeoutMillis: 60_000,
  max: parseInt(process.env.POOL_SIZE || "10"),
});

export const getExtract = async (clientId: number) => {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [clientId]);

    const account = await client.query("SELECT *, now() AS data_extrato FROM clients WHERE id = $1 LIMIT 1", [clientId]);
    if (!account.rows.length) {
      throw new APIError(404);
    }

    const transactions = await client.query(
      "SELECT valor AS total, tipo_transacao AS tipo, descricao, criada_em AS realizada_em FROM transactions WHERE id_cliente = $1 ORDER BY id DESC LIMIT 10",
      [clientId],
    );

    await client.query("COMMIT");

    return { saldo: account.rows[0], ultimas_transacoes: transactions.rows ?? [] };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
};
