// Source: HASAN-SHAIK/SHAJRetailProducts-Backend — src/services/branchService.js (deactivateBranch), reduced by hand, not copied
// Label: safe
// Why: the pool is the request's tenant pool or the default one; the checkout happens only when it has `connect`, and the finally releases exactly that checkout (`client !== requestPool`) on every path
const pool = require('../db');
const getRequestPool = (req) => req.tenantPool || pool;

const deactivateBranch = async (req, branchId) => {
  const requestPool = getRequestPool(req);
  const client = typeof requestPool.connect === 'function' ? await requestPool.connect() : requestPool;
  try {
    await client.query('BEGIN');
    const branch = await client.query('SELECT id, is_active FROM branches WHERE id::text = $1 FOR UPDATE', [String(branchId)]);
    if (!branch.rowCount) throw buildStatusError(404, 'BRANCH_NOT_FOUND', 'Branch not found');
    if (branch.rows[0].is_active !== true) {
      await client.query('COMMIT');
      return { id: String(branch.rows[0].id), is_active: false, already_inactive: true };
    }
    const updated = await client.query('UPDATE branches SET is_active = FALSE WHERE id::text = $1 RETURNING *', [String(branchId)]);
    await client.query('COMMIT');
    return updated.rows[0];
  } catch (error) {
    try { await client.query('ROLLBACK'); } catch (_) {}
    throw error;
  } finally {
    if (client !== requestPool && typeof client.release === 'function') client.release();
  }
};

module.exports = { deactivateBranch };
