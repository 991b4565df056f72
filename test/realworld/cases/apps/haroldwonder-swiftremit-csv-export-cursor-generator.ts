// Source: Haroldwonder/SwiftRemit — api/src/routes/admin.ts at 974adc7 (streamRemittancesCsv), reduced by hand, not copied
// Label: safe
// Why: an async generator holds its checkout across `yield`s of a server-side cursor; its finally runs on completion, on a thrown error and when the `for await` consumer stops early, sends ROLLBACK with `.catch(() => {})` if the transaction is still open, then releases
import { Pool } from "pg";

const BATCH = 1000;

function csvField(v: unknown): string {
  const s = v == null ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function* streamRemittancesCsv(pool: Pool, status?: string): AsyncGenerator<string> {
  const params: string[] = [];
  const where = status ? (params.push(status), "WHERE status = $1") : "";
  yield "id,sender,amount,status\n";

  const client = await pool.connect();
  let inTransaction = false;
  try {
    await client.query("BEGIN");
    inTransaction = true;
    await client.query(`DECLARE export_cur NO SCROLL CURSOR FOR SELECT id, sender, amount, status FROM remittances ${where} ORDER BY created_at`, params);
    for (;;) {
      const batch = await client.query(`FETCH FORWARD ${BATCH} FROM export_cur`);
      if (batch.rows.length === 0) break;
      for (const row of batch.rows) {
        yield [row.id, row.sender, row.amount, row.status].map(csvField).join(",") + "\n";
      }
      if (batch.rows.length < BATCH) break;
    }
    await client.query("COMMIT");
    inTransaction = false;
  } finally {
    if (inTransaction) {
      await client.query("ROLLBACK").catch(() => {});
    }
    client.release();
  }
}
