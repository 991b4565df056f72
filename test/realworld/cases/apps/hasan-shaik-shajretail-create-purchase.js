// Source: HASAN-SHAIK/SHAJRetailProducts-Backend — src/services/purchaseService.js (createPurchase), reduced by hand, not copied
// Label: safe
// Why: the checkout comes from `req.tenantPool || pool` (the tenant's database pool from a Map, or the default); validation throws before it, and after it everything is inside try/finally
const pool = require('../db');
const getRequestPool = (req) => req.tenantPool || pool;

const createPurchase = async (req, payload = {}) => {
  const requestPool = getRequestPool(req);
  const items = Array.isArray(payload.items) ? payload.items : [];
  if (items.length === 0) {
    throw buildValidationError('items must be a non-empty array.');
  }
  const client = await requestPool.connect();
  try {
    await client.query('BEGIN');
    await setStockAuditContext(client, req, { reason: 'purchase' });
    const branchId = await resolveBranchId(client, payload.branch_id);
    const inserted = await client.query('INSERT INTO purchases (supplier_id, branch_id) VALUES ($1, $2) RETURNING *', [payload.supplier_id, branchId]);
    await client.query('COMMIT');
    return inserted.rows[0];
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
};

module.exports = { createPurchase };
