// Source: Flinch/qa-tool-server — src/routes/requirements.js (POST /generate-test-cases/apply) with src/middleware/tenantAccess.js, reduced by hand, not copied
// Label: safe
// Why: the route checks out from the pool `requireTenantAccess` resolved for the tenant (the Map of tenantPool.js); the transaction's body is in try/catch/finally and the finally releases
import express from 'express'
import { resolveTenantPool } from './tenantPool.js'
const router = express.Router({ mergeParams: true })

async function requireTenantAccess(req, res, next) {
  const db = await resolveTenantPool(req.params.id)
  if (!db) return res.status(404).json({ error: 'Not found' })
  req.db = db
  next()
}

router.post('/generate-test-cases/apply', requireTenantAccess, async (req, res) => {
  const { modified = [], removed = [] } = req.body
  const client = await req.db.connect()
  try {
    await client.query('BEGIN')
    const modifiedIds = []
    for (const m of modified) {
      const { rows } = await client.query(`UPDATE test_cases SET title=$1, updated_at=NOW() WHERE id=$2 AND project_id=$3 RETURNING id`, [m.title, m.id, req.params.id])
      if (rows[0]) modifiedIds.push(rows[0].id)
    }
    const archivedIds = []
    for (const r of removed) {
      const { rowCount } = await client.query(`DELETE FROM requirement_test_cases WHERE requirement_id=$1 AND test_case_id=$2`, [r.requirementId, r.id])
      if (rowCount === 0) continue
      if (await archiveIfOrphaned(client, req.params.id, r.id)) archivedIds.push(r.id)
    }
    await client.query('COMMIT')
    res.json({ modifiedIds, archivedIds })
  } catch (e) {
    await client.query('ROLLBACK')
    res.status(500).json({ error: e.message })
  } finally {
    client.release()
  }
})

export default router
