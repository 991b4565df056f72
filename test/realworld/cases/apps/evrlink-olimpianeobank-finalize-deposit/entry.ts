// Source: Evrlink/OlimpiaNeoBank — apps/api/src/funding/completeDeposit.ts at b6a04f5 (finalizeDepositStatus), reduced by hand, not copied
// Label: safe
// Why: `getPool()` may return null (checked and thrown before the checkout); a `let emailPayload` declaration sits between the checkout and the try, then every status branch commits or rolls back and returns inside the try, the e-mail is awaited after COMMIT still inside it, and the finally releases on every path
import type { PoolClient } from "pg";
import { getPool } from "./db";
import { sendDepositCompletedEmail } from "./email";

export class DepositTransitionError extends Error {}

type DepositStatus = "pending" | "completed" | "failed";

async function loadDepositForUpdate(client: PoolClient, depositId: string) {
  const result = await client.query("SELECT * FROM deposits WHERE id = $1 FOR UPDATE", [depositId]);
  return result.rows[0] ?? null;
}

export async function finalizeDepositStatus(input: { depositId: string; nextStatus: DepositStatus; failureReason?: string | null }) {
  const pool = getPool();
  if (!pool) {
    throw new DepositTransitionError("Database is not configured.");
  }

  const client = await pool.connect();
  let emailPayload: { toEmail: string | null; amountUsd: string } | null = null;

  try {
    await client.query("BEGIN");
    const row = await loadDepositForUpdate(client, input.depositId);
    if (!row) {
      await client.query("ROLLBACK");
      return null;
    }
    if (row.status === input.nextStatus) {
      await client.query("COMMIT");
      return row;
    }
    if (input.nextStatus === "failed") {
      const updated = await client.query("UPDATE deposits SET status = 'failed', failure_reason = $2 WHERE id = $1 RETURNING *", [input.depositId, input.failureReason ?? null]);
      await client.query("COMMIT");
      return updated.rows[0] ?? row;
    }
    await client.query("INSERT INTO ledger_entries (user_id, amount) VALUES ($1, $2)", [row.user_id, row.amount]);
    const updated = await client.query("UPDATE deposits SET status = 'completed' WHERE id = $1 RETURNING *", [input.depositId]);
    const userResult = await client.query<{ email: string | null }>("SELECT email FROM users WHERE id = $1", [row.user_id]);
    emailPayload = { toEmail: userResult.rows[0]?.email ?? null, amountUsd: String(row.amount) };
    await client.query("COMMIT");
    if (emailPayload) {
      await sendDepositCompletedEmail(emailPayload);
    }
    return updated.rows[0];
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
