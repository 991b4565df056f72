// Source: Alex-pu/cc — src/modules/wallet/wallet.repository.ts (spendWalletPoints), reduced by hand, not copied
// Label: safe
// Why: an employer's point wallet is locked FOR UPDATE; an insufficient balance returns null after a rollback inside the try, and the finally releases on every path
import { pool } from '../../db/pool';

export const spendWalletPoints = async (input: { companyId: string; points: number; profileId: string; note?: string }) => {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const wallet = await client.query('select * from employer_point_wallets where company_id = $1 for update', [input.companyId]);
    const balance = wallet.rows[0]?.balance_points ?? 0;
    if (balance < input.points) {
      await client.query('rollback');
      return null;
    }
    const updated = await client.query(
      'update employer_point_wallets set balance_points = balance_points - $2, updated_at = now() where company_id = $1 returning *',
      [input.companyId, input.points],
    );
    const transaction = await client.query(
      "insert into point_transactions (company_id, transaction_type, points, balance_after, related_profile_id, note) values ($1, 'spend', $2, $3, $4, $5) returning *",
      [input.companyId, input.points, updated.rows[0]?.balance_points ?? 0, input.profileId, input.note ?? null],
    );
    await client.query('commit');
    return { wallet: updated.rows[0], transaction: transaction.rows[0] };
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
};
