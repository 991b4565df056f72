// Source: FelpTB/BuscaFornecedor-searchAPI — src/db/repositories/conversasRepo.js at eb7cd69 (replaceMessages), reduced by hand, not copied
// Label: safe
// Why: when `getPgPool()` gives a pool the conversation's messages are replaced in one transaction — an ownership check that throws a 403 AppError, a DELETE, an INSERT loop, COMMIT and a return inside the try, a ROLLBACK swallowed in the catch before the rethrow, release in the finally; with no pool it falls back to Supabase
import { getPgPool } from "./pgPool.js";

class AppError extends Error {
  static forbidden(msg) {
    const e = new AppError(msg);
    e.status = 403;
    return e;
  }
}

export async function replaceMessages(id, uid, messages, supabaseFallback) {
  const rows = messages.map((m, seq) => ({ role: m.role, content: m.content, seq }));
  const pool = getPgPool();

  if (pool) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const own = await client.query("SELECT id FROM conversas WHERE id = $1 AND user_id = $2", [id, uid]);
      if (!own.rowCount) {
        throw AppError.forbidden("Conversa não pertence ao usuário");
      }
      await client.query("DELETE FROM mensagens WHERE conversa_id = $1", [id]);
      for (const r of rows) {
        await client.query("INSERT INTO mensagens (conversa_id, role, content, seq) VALUES ($1, $2, $3, $4)", [id, r.role, r.content, r.seq]);
      }
      await client.query("COMMIT");
      return { ok: true, count: rows.length, via: "pg" };
    } catch (e) {
      try {
        await client.query("ROLLBACK");
      } catch {
        /* ignore */
      }
      throw e;
    } finally {
      client.release();
    }
  }

  return supabaseFallback(id, uid, rows);
}
