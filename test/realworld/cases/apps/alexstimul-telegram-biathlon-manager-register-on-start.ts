// Source: alexstimul/telegram-biathlon-manager — src/services/registration.ts at 756938a1 (registerOnStart), reduced by hand, not copied
// Label: safe
// Why: a grammY game bot's /start registration hands the held client to three helpers (user, manager, athlete upserts) between BEGIN and COMMIT inside the try; the catch rolls back and rethrows, the finally releases
import type { PoolClient } from "pg";
import { pool } from "../db/pool";

type RegistrationResult = { isNewUser: boolean; userId: number; managerId: number; athleteId: number };

async function ensureUser(client: PoolClient, telegramId: number, username: string | null) {
  const res = await client.query(
    "insert into users (telegram_id, username) values ($1, $2) on conflict (telegram_id) do update set username = excluded.username returning id, (xmax = 0) as inserted",
    [telegramId, username],
  );
  return { userId: res.rows[0].id as number, isNewUser: res.rows[0].inserted as boolean };
}

async function ensureManager(client: PoolClient, userId: number) {
  const res = await client.query("insert into managers (user_id) values ($1) on conflict (user_id) do update set user_id = excluded.user_id returning id", [userId]);
  return { managerId: res.rows[0].id as number };
}

async function ensureAthlete(client: PoolClient, managerId: number) {
  const res = await client.query("insert into athletes (manager_id) values ($1) on conflict (manager_id) do update set manager_id = excluded.manager_id returning id", [managerId]);
  const row = res.rows[0];
  if (!row) throw new Error("Failed to upsert athlete");
  return { athleteId: row.id as number };
}

export async function registerOnStart(params: { telegramId: number; username: string | null }): Promise<RegistrationResult> {
  const client = await pool.connect();

  try {
    await client.query("begin");

    const { userId, isNewUser } = await ensureUser(client, params.telegramId, params.username);
    const { managerId } = await ensureManager(client, userId);
    const { athleteId } = await ensureAthlete(client, managerId);

    await client.query("commit");

    return { isNewUser, userId, managerId, athleteId };
  } catch (e) {
    await client.query("rollback");
    throw e;
  } finally {
    client.release();
  }
}
