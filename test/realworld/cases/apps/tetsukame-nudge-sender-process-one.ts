// Source: tetsukame/nudge — src/worker/sender.ts (processOne), reduced by hand, not copied
// Label: safe
// Why: one client per notification row from the pool the worker was given; a failed send is recorded in the catch and the client is released in finally
import pg from "pg";

type Row = { id: string; channel: string; tenant_id: string; recipient_user_id: string; attempt_count: number };

declare function getChannel(name: string): { send(ctx: object): Promise<void> } | undefined;
declare function loadRecipient(client: pg.PoolClient, userId: string, tenantId: string): Promise<{ email: string } | null>;
declare function nextAttemptAt(attempts: number): Date;

export async function processOne(pool: pg.Pool, row: Row): Promise<void> {
  const client = await pool.connect();
  try {
    const channel = getChannel(row.channel);
    if (!channel) throw new Error(`unknown channel: ${row.channel}`);
    const recipient = await loadRecipient(client, row.recipient_user_id, row.tenant_id);
    if (!recipient) throw new Error("recipient not found");
    await channel.send({ id: row.id, email: recipient.email });
    await client.query("UPDATE notification SET status='sent', sent_at=now() WHERE id=$1", [row.id]);
  } catch (err) {
    await client.query("UPDATE notification SET status='failed', attempt_count=$2, error_message=$3, next_attempt_at=$4 WHERE id=$1", [
      row.id,
      row.attempt_count + 1,
      (err as Error).message,
      nextAttemptAt(row.attempt_count + 1),
    ]).catch(() => {});
  } finally {
    client.release();
  }
}
