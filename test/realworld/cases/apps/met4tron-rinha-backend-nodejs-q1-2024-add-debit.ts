// Source: Met4tron/rinha-backend-nodejs-q1-2024 — src/db.ts at 4545b1e (addDebit), reduced by hand, not copied
// Label: safe
// Why: the debit runs one stored function inside try/finally; the `return null` for a refused debit and the normal return both leave through the finally's release
import { Pool } from "pg";

const pool = new Pool({ host: process.env.DB_HOST || "localhost", database: "rinha_db" });

type Transaction = { valor: number; descricao: string; tipo: "c" | "d" };

export const addDebit = async (clientId: number, transaction: Transaction, limite: number) => {
  const client = await pool.connect();

  try {
    const result = await client.query("SELECT ADD_DEBIT($1, $2, $3, $4)", [
      clientId,
      transaction.valor,
      transaction.descricao,
      limite,
    ]);

    if (result.rows[0].add_debit === null) {
      return null;
    }

    return { saldo: result.rows[0].add_debit, limite };
  } finally {
    client.release();
  }
};
