// Source: harrisonschultz7/blockpools-backend — src/services/promotions/redeemPromoCode.ts (redeemPromoCode), reduced by hand, not copied
// Label: safe
// Why: a promo's remaining credit is locked FOR UPDATE and each refusal throws a RedeemPromoError after a ROLLBACK; a nested try maps a unique violation (23505) to ALREADY_REDEEMED; the outer catch swallows a failing ROLLBACK and the finally releases
import { pool } from '../../db';

export class RedeemPromoError extends Error {}

export async function redeemPromoCode(code: string, wallet: string) {
  if (!/^0x[0-9a-fA-F]{40}$/.test(wallet)) throw new RedeemPromoError('INVALID_ADDRESS');
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const promo = await client.query('SELECT * FROM promo_codes WHERE code = $1 FOR UPDATE', [code]);
    if (promo.rows.length === 0) {
      await client.query('ROLLBACK');
      throw new RedeemPromoError('PROMO_NOT_FOUND');
    }
    const row = promo.rows[0];
    if (!row.is_active) {
      await client.query('ROLLBACK');
      throw new RedeemPromoError('PROMO_INACTIVE');
    }
    if (row.max_redemptions !== null && row.redemption_count >= row.max_redemptions) {
      await client.query('ROLLBACK');
      throw new RedeemPromoError('PROMO_EXHAUSTED');
    }
    let redemptionId: string;
    try {
      const ins = await client.query('INSERT INTO promo_redemptions (promo_id, wallet, credit_usdc) VALUES ($1, $2, $3) RETURNING id', [
        row.id,
        wallet,
        String(row.credit_usdc),
      ]);
      redemptionId = ins.rows[0].id;
    } catch (err: any) {
      if (String(err?.code) === '23505') {
        await client.query('ROLLBACK');
        throw new RedeemPromoError('ALREADY_REDEEMED');
      }
      throw err;
    }
    await client.query('UPDATE promo_codes SET redemption_count = redemption_count + 1 WHERE id = $1', [row.id]);
    await client.query('COMMIT');
    return { redemptionId, creditUsdc: Number(row.credit_usdc) };
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch {}
    throw err;
  } finally {
    client.release();
  }
}
