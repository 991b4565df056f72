// Source: Met4tron/rinha-backend-nodejs-q1-2024 — src/db.ts at fcb4323 (getExtract, the v2 version), reduced by hand, not copied
// Label: safe
// Why: the statement read reads `performance.now()` before the checkout and, in the finally, logs the elapsed time before `client?.release()`; the log is the only work ahead of the release there
import { Pool } from "pg";

const pool = new Pool({ host: process.env.DB_HOST || "localhost", database: "rinha_db" });

export const getExtract = async (clientId: number, limite: number) => {
  const start = performance.now();

  const client = await pool.connect();

  try {
    const account = await client.query({
      name: "fetch-client",
      text: "SELECT saldo FROM clientes WHERE id = $1",
      values: [clientId],
      rowMode: "array",
    });
    const transactions = await client.query({
      name: "fetch-extract",
      text: "SELECT valor, tipo, descricao, realizada_em FROM transacoes WHERE id_cliente = $1 ORDER BY realizada_em DESC LIMIT 10",
      values: [clientId],
      rowMode: "array",
    });
    return {
      saldo: { total: account.rows[0][0], data_extrato: new Date(), limite },
      ultimas_transacoes: transactions.rows.map((tr) => ({ valor: tr[0], tipo: tr[1], descricao: tr[2], realizada_em: tr[3] })),
    };
  } finally {
    console.log(`Extract Time - ${Math.floor((performance.now() - start) / 1000)}ms`);

    client?.release();
  }
};
