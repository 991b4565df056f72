// Source: Atelier-22/duka-market-place — backend/src/controllers/adminOps.controller.ts (payOutShopper), reduced by hand, not copied
// Label: safe
// Why: a shopper's payout moves earnings, balance and ledger together; nothing owed throws an ApiError after a ROLLBACK inside the try, the notification and audit run after COMMIT inside it too, and the finally releases
import type { Request, Response } from 'express';
import { pool, query } from '../db';
import { ApiError } from '../errors';
import { audit, targetUser } from '../admin';

export async function payOutShopper(req: Request, res: Response) {
  const shopper = await targetUser(req.params.id);
  if (shopper.role !== 'shopper') throw new ApiError(409, 'That account is not a shopper');

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const owed = await client.query(
      "SELECT COALESCE(SUM(amount_ugx), 0)::bigint AS total, count(*)::int AS n FROM shopper_earnings WHERE shopper_id = $1 AND status = 'available'",
      [shopper.id],
    );
    const total = Number(owed.rows[0].total);
    if (total <= 0) {
      await client.query('ROLLBACK');
      throw new ApiError(409, 'Nothing is owed to this shopper right now');
    }
    await client.query("UPDATE shopper_earnings SET status = 'paid_out' WHERE shopper_id = $1 AND status = 'available'", [shopper.id]);
    await client.query('UPDATE shopper_profiles SET available_balance_ugx = GREATEST(0, available_balance_ugx - $2) WHERE user_id = $1', [shopper.id, total]);
    await client.query("INSERT INTO transactions (user_id, type, amount_ugx) VALUES ($1, 'shopper_payout', $2)", [shopper.id, -total]);
    await client.query('COMMIT');

    await query("INSERT INTO notifications (user_id, channel, title) VALUES ($1, 'in_app', $2)", [shopper.id, 'You have been paid']);
    await audit(req, 'shopper.payout', `Paid ${shopper.full_name} ${total} UGX`);
    res.json({ paidUgx: total });
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
