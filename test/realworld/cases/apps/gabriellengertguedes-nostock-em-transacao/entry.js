// Source: GabrielLengertGuedes/NoStock — server/db/transaction.js (emTransacao, added in 40d83fe, with server/db/pool.js's obterPool), reduced by hand, not copied
// Label: safe
// Why: the transaction helper checks a client out of the module's lazily made pool, runs BEGIN, a local lock_timeout, the callback and COMMIT in the try; a failed ROLLBACK is caught and logged before the original error is rethrown, and the finally releases
import { obterPool } from "./pool.js";

// runs the callback in one transaction: all of it lands, or none
export async function emTransacao(callback) {
  const cliente = await obterPool().connect();

  try {
    await cliente.query("begin");
    await cliente.query("set local lock_timeout = '5s'");

    const resultado = await callback(cliente);

    await cliente.query("commit");
    return resultado;
  } catch (erro) {
    try {
      await cliente.query("rollback");
    } catch (erroRollback) {
      console.error("Rollback failed:", erroRollback.message);
    }
    throw erro;
  } finally {
    cliente.release();
  }
}
