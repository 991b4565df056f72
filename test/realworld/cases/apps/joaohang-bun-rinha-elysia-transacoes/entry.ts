// Source: joaohang/bun-rinha — src/controllers/clients.controller.ts at d7856f4 (POST /clientes/:id/transacoes), reduced by hand, not copied
// Label: safe
// Why: an Elysia route on Bun checks a client out of the pool that ./database exports as `connection` before its try; the validations return early inside the try, the catch awaits ROLLBACK, and the finally releases on every path
import { Elysia } from "elysia";
import { connection } from "./database";

export const clientsController = (app: Elysia) =>
  app.group("/clientes", (app: Elysia) =>
    app.post(":id/transacoes", async (handler: any) => {
      const clientDb = await connection.connect();
      try {
        const { id } = handler.params;
        const { valor, tipo, descricao } = handler.body;
        if (isNaN(id)) {
          handler.set.status = 422;
          return { message: "invalid id" };
        }
        if (valor == null || tipo == null || descricao == null) {
          handler.set.status = 422;
          return { message: "missing fields" };
        }
        const cliente = await connection.query("SELECT limite, saldo FROM cliente WHERE id = $1", [id]);
        if (cliente.rowCount == 0) {
          handler.set.status = 404;
          return { message: "not found" };
        }
        const delta = tipo === "d" ? valor * -1 : valor;
        await clientDb.query("BEGIN");
        await clientDb.query("UPDATE cliente SET saldo = saldo + $1 WHERE id = $2", [delta, id]);
        const saldo = await clientDb.query("SELECT saldo, limite FROM cliente WHERE id = $1", [id]);
        const { saldo: atual, limite } = saldo.rows[0];
        if (atual + limite < 0) {
          await clientDb.query("ROLLBACK");
          handler.set.status = 422;
          return { message: "insufficient balance" };
        }
        await clientDb.query(
          "INSERT INTO transacoes_cliente (cliente_id, valor, tipo, descricao) VALUES ($1, $2, $3, $4)",
          [id, valor, tipo, descricao],
        );
        await clientDb.query("COMMIT");
        return { limite, saldo: atual };
      } catch (error: any) {
        handler.set.status = 500;
        await clientDb.query("ROLLBACK");
        console.log(error);
        return { message: "failed", erroMessage: error.message };
      } finally {
        clientDb.release();
      }
    }),
  );
