// Source: Met4tron/rinha-backend-nodejs-q1-2024 — src/db.ts at ca75d37 (addDebit, the v1 version), reduced by hand, not copied
// Label: safe
// Why: the first version's debit takes a transaction-scoped advisory lock and locks the row, throws a 422 error inside the try when the account is missing or the limit is exceeded; the catch awaits ROLLBACK and rethrows, and the finally releases on every path
import { Pool } from "pg";

class APIError extends Error {
  constructor(public status: number) {
    super(String(status));
  }
}

const pool = new Pool({ host: process.env.DB_HOST || "localhost", database: "rinha_db" });

export const addDebit = async (clientId: number, transaction: { valor: number; tipo: string; descricao: string }) => {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [clientId]);

    const account = await client.query("SELECT limite, saldo FROM clients WHERE id = $1 FOR UPDATE", [clientId]);
    if (!account.rows.length) {
      throw new APIError(422);
    }

    const balance = account.rows[0].saldo - transaction.valor;
    if (balance < account.rows[0].limite * -1) {
      throw new APIError(422);
    }

    await client.query("UPDATE public.clients SET saldo = $1 WHERE id = $2", [balance, clientId]);
    await client.query(
      "INSERT INTO public.transactions (valor, tipo_transacao, descricao, id_cliente) VALUES ($1, $2, $3, $4)",
      [transaction.valor, transaction.tipo, transaction.descricao, clientId],
    );
    await client.query("COMMIT");

    return { saldo: balance, limite: account.rows[0].limite };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
};
