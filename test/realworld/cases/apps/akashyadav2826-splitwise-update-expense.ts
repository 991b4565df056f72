// Source: Akashyadav2826/Splitwise — server/src/routes/expenses.ts (PUT /:expenseId), reduced by hand, not copied
// Label: safe
// Why: a shared expense and its splits are rewritten in a transaction; a missing expense rolls back, answers 404 and `return`s inside the try, whose finally releases; the membership check runs on the pool before the checkout
import { Router, Response } from 'express';
import { pool } from '../db';
import { authenticateJWT, AuthRequest } from '../middleware/auth';
import { calculateSplits } from '../splits';

const router = Router({ mergeParams: true });

router.put('/:expenseId', authenticateJWT, async (req: AuthRequest, res: Response): Promise<void> => {
  const groupId = parseInt(req.params.groupId);
  const expenseId = parseInt(req.params.expenseId);
  const { paidByUserId, amount, description, splitType, members } = req.body;
  if (!paidByUserId || !amount || !description || !splitType || !members) {
    res.status(400).json({ error: 'All fields required' });
    return;
  }
  const check = await pool.query('SELECT 1 FROM group_members WHERE group_id=$1 AND user_id=$2', [groupId, req.userId]);
  if (check.rows.length === 0) { res.status(403).json({ error: 'Not a member' }); return; }
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const splits = calculateSplits(parseFloat(amount), splitType, members);
    const exp = await client.query(
      'UPDATE expenses SET paid_by_user_id=$1, amount=$2, description=$3, split_type=$4 WHERE id=$5 AND group_id=$6 RETURNING *',
      [paidByUserId, amount, description, splitType, expenseId, groupId],
    );
    if (exp.rows.length === 0) { await client.query('ROLLBACK'); res.status(404).json({ error: 'Expense not found' }); return; }
    await client.query('DELETE FROM expense_splits WHERE expense_id=$1', [expenseId]);
    for (const s of splits) {
      await client.query('INSERT INTO expense_splits (expense_id, user_id, amount) VALUES ($1,$2,$3)', [expenseId, s.userId, s.amount]);
    }
    await client.query('COMMIT');
    res.json(exp.rows[0]);
  } catch (err) {
    await client.query('ROLLBACK');
    res.status(400).json({ error: err instanceof Error ? err.message : 'Failed to update expense' });
  } finally { client.release(); }
});

export default router;
