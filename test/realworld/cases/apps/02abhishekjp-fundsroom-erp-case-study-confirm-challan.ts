// Source: 02AbhishekJP/fundsroom-erp-case-study — backend/src/routes/challans.ts (PUT /:id/confirm), reduced by hand, not copied
// Label: safe
// Why: confirming a delivery challan locks it and each product FOR UPDATE, collects every shortage (a `continue` in the loop) and answers 400 after a ROLLBACK; each early `return` is inside the try whose finally releases
import { Router, Response } from 'express';
import pool from '../config/database';
import { authorize, AuthRequest } from '../middleware/auth';

const router = Router();

router.put('/:id/confirm', authorize('admin', 'sales'), async (req: AuthRequest, res: Response): Promise<void> => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const challanResult = await client.query('SELECT * FROM challans WHERE id = $1 FOR UPDATE', [req.params.id]);
    if (challanResult.rows.length === 0) {
      await client.query('ROLLBACK');
      res.status(404).json({ success: false, message: 'Challan not found.' });
      return;
    }
    if (challanResult.rows[0].status !== 'draft') {
      await client.query('ROLLBACK');
      res.status(400).json({ success: false, message: 'Only draft challans can be confirmed.' });
      return;
    }
    const items = await client.query('SELECT * FROM challan_items WHERE challan_id = $1', [req.params.id]);
    const shortages: Array<{ sku: string; available: number; requested: number }> = [];
    for (const item of items.rows) {
      const product = await client.query('SELECT id, sku, stock_quantity FROM products WHERE id = $1 FOR UPDATE', [item.product_id]);
      if (product.rows.length === 0) {
        shortages.push({ sku: item.product_sku, available: 0, requested: item.quantity });
        continue;
      }
      if (product.rows[0].stock_quantity < item.quantity) {
        shortages.push({ sku: product.rows[0].sku, available: product.rows[0].stock_quantity, requested: item.quantity });
      }
    }
    if (shortages.length > 0) {
      await client.query('ROLLBACK');
      res.status(400).json({ success: false, message: 'Insufficient stock.', errors: shortages });
      return;
    }
    for (const item of items.rows) {
      await client.query('UPDATE products SET stock_quantity = stock_quantity - $1 WHERE id = $2', [item.quantity, item.product_id]);
    }
    await client.query("UPDATE challans SET status = 'confirmed' WHERE id = $1", [req.params.id]);
    await client.query('COMMIT');
    res.json({ success: true });
  } catch (error) {
    await client.query('ROLLBACK');
    res.status(500).json({ success: false, message: 'Failed to confirm challan.' });
  } finally {
    client.release();
  }
});

export default router;
