// Source: thew0lf/avnz-portal — apps/api/src/workers/outbox-email.ts (processOutboxOnce), reduced by hand, not copied
// Label: safe
// Why: one client serves the whole batch: each row's work sits in its own try whose catch awaits a requeue UPDATE (which can reject), and the outer finally releases on every path
import { pool } from "../db.js";
import { sendPasswordResetEmail } from "../mailer.js";

type OutboxRow = { id: string; type: string; to_email: string; vars: any; attempts: number };

function backoffSeconds(attempts: number): number {
  const base = Math.min(60 * 15, Math.pow(2, Math.max(0, attempts)) * 30);
  return base + Math.floor(Math.random() * 15);
}

export async function processOutboxOnce(limit = 10) {
  const c = await pool.connect();
  try {
    const { rows } = await c.query<OutboxRow>(
      `select id, type, to_email, vars, attempts from outbox_emails
        where status='pending' and next_attempt_at <= now() order by created_at asc limit $1`,
      [limit],
    );
    for (const row of rows) {
      try {
        await c.query("update outbox_emails set status=$2 where id=$1 and status=$3", [row.id, "processing", "pending"]);
        if (row.type === "email.password_reset") {
          const token = row.vars?.token;
          if (!token) throw new Error("missing token in vars");
          await sendPasswordResetEmail(row.to_email, String(token));
        } else {
          throw new Error(`unsupported outbox type: ${row.type}`);
        }
        await c.query("update outbox_emails set status=$2, sent_at=now() where id=$1", [row.id, "sent"]);
      } catch (err: any) {
        const attempts = (row.attempts || 0) + 1;
        await c.query(
          "update outbox_emails set status=$2, attempts=$3, last_error=$4, next_attempt_at=now() + ($5||' seconds')::interval where id=$1",
          [row.id, "pending", attempts, String(err?.message || err), String(backoffSeconds(attempts))],
        );
      }
    }
  } finally {
    c.release();
  }
}
