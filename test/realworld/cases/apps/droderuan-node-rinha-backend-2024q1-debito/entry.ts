// Source: droderuan/node-rinha-backend-2024q1 — src/services.ts at 1677d5a (AppService.debito), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: an Express service of the same challenge checks out through the imported `dbPool.getConnection()` and awaits BEGIN and the balance UPDATE with no try at all, so a failing statement (the balance CHECK) leaves the client checked out; the release then rides un-awaited `.then` chains — an INSERT that rejects never reaches its release either
import { dbPool } from "./db/pool";

interface Cliente {
  id: number;
  limite: number;
  saldo: number;
}

class AppService {
  async debito({ idCliente, transacao }: { idCliente: number; transacao: { valor: number; tipo: string; descricao: string } }) {
    const atualizarSaldo = { text: "UPDATE cliente SET saldo = saldo - $2 WHERE id = $1 RETURNING *", values: [idCliente, transacao.valor] };
    const inserirTransacao = {
      text: "INSERT INTO Transacao (idCliente, valor, tipo, descricao, realizada_em) VALUES ($1, $2, $3, $4, $5)",
      values: [idCliente, transacao.valor, transacao.tipo, transacao.descricao, new Date().toISOString()],
    };

    const client = await dbPool.getConnection();

    await client.query("BEGIN");
    const resultado = await client.query(atualizarSaldo);

    const cliente = resultado.rows[0];

    if (this.autorizarDebito(cliente)) {
      client.query(inserirTransacao).then(() => client.query("COMMIT").then(() => client.release()));
      return cliente;
    }

    client.query("ROLLBACK").then(() => client.release());
    return { code: 422 };
  }

  private autorizarDebito(customer: Cliente) {
    return Math.abs(customer.saldo) <= customer.limite;
  }
}

export const appService = new AppService();
