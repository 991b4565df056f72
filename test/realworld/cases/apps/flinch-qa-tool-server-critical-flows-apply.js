// Source: Flinch/qa-tool-server — src/routes/criticalFlows.js (POST /apply), reduced by hand, not copied
// Label: safe
// Why: `req.db` is the tenant's own-database pg Pool that tenantAccess resolved from a lazily filled Map; the transaction runs in try/catch/finally and the finally releases
import express from 'express'
const router = express.Router({ mergeParams: true })

router.post('/apply', staffOnly, async (req, res) => {
  const { modified = [], removed = [] } = req.body

  const client = await req.db.connect()
  try {
    await client.query('BEGIN')
    const { rows: validReqRows } = await client.query(`SELECT id FROM requirements WHERE project_id=$1 AND status='active'`, [req.params.id])
    const validReqIds = new Set(validReqRows.map(r => r.id))
    for (const m of modified) {
      const { rows } = await client.query(`UPDATE test_cases SET title=$1 WHERE id=$2 AND project_id=$3 RETURNING id`, [m.title, m.id, req.params.id])
      if (!rows[0]) continue
      for (const reqId of (m.requirementIds || []).filter(id => validReqIds.has(id))) {
        await client.query(`INSERT INTO flow_requirements (requirement_id, test_case_id) VALUES ($1,$2) ON CONFLICT DO NOTHING`, [reqId, rows[0].id])
      }
    }
    for (const id of removed) {
      await client.query(`UPDATE test_cases SET automation_candidate=false WHERE id=$1 AND project_id=$2`, [id, req.params.id])
    }
    await client.query('COMMIT')
    res.json({ ok: true })
  } catch (e) {
    await client.query('ROLLBACK')
    res.status(500).json({ error: e.message })
  } finally {
    client.release()
  }
})

export default router
