// Source: mdwasim1340/multi-tenant-hms — backend/src/services/tenantSchemaRunner.ts (runSchemaInitialization), reduced by hand, not copied
// Label: safe
// Why: one checkout runs every whitelisted migration file in the tenant's schema (`SET search_path` per file inside an inner try); only an array literal sits before the outer try, whose finally releases
import fs from 'fs'
import path from 'path'
import pool from '../database'

export const runSchemaInitialization = async (tenantId: string) => {
  await ensureAuditTable()
  const client = await pool.connect()
  const results: Array<{ file: string; status: string; message?: string }> = []
  try {
    for (const f of files) {
      const sql = fs.readFileSync(path.resolve(process.cwd(), f.file), 'utf8')
      if (await hasSuccessAudit(tenantId, f.file)) {
        results.push({ file: f.file, status: 'skipped' })
        continue
      }
      await client.query('BEGIN')
      try {
        await client.query(`SET search_path TO "${tenantId}"`)
        await client.query(sql)
        await client.query('COMMIT')
        results.push({ file: f.file, status: 'success' })
      } catch (e: any) {
        await client.query('ROLLBACK')
        await recordAudit(tenantId, f.file, 'failure')
        results.push({ file: f.file, status: 'failed', message: String(e?.message ?? '') })
      }
    }
    return results
  } finally {
    client.release()
  }
}
