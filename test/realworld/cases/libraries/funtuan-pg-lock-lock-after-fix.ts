// Source: funtuan/pg-lock — src/index.ts at c8a34f1 (PGLock.lock, "Fix client release"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release now sits in the finally, but after `await this.releaseLock(…)`: when the unlock query rejects (a broken connection) client.release() is skipped
import { Pool, type PoolClient, type PoolConfig } from 'pg'
import { createHash } from 'crypto'

export class PGLock {
  private readonly pool: Pool
  private readonly timeout: number
  private readonly retries: number

  constructor ({ pool, poolConfig, timeout = 10_000, retries = 3 }: { pool?: Pool, poolConfig: PoolConfig, timeout?: number, retries?: number }) {
    this.timeout = timeout
    this.retries = retries
    this.pool = pool ?? new Pool(poolConfig)
  }

  async acquireLock (client: PoolClient, key: string): Promise<boolean> {
    const [classid, objid] = toKey(key)
    for (let i = 0; i < this.retries; i++) {
      const start = Date.now()
      while (Date.now() - start < this.timeout) {
        const res = await client.query('SELECT pg_try_advisory_lock($1, $2)', [classid, objid])
        if (res.rows[0].pg_try_advisory_lock === true) return true
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    throw Error('Cannot acquire lock')
  }

  async releaseLock (client: PoolClient, key: string): Promise<boolean> {
    const [classid, objid] = toKey(key)
    const res = await client.query('SELECT pg_advisory_unlock($1, $2)', [classid, objid])
    return res.rows[0].pg_advisory_unlock
  }

  async lock (key: string, work: () => Promise<any>): Promise<any> {
    const client = await this.pool.connect()
    try {
      await this.acquireLock(client, key)
      return await work()
    } finally {
      await this.releaseLock(client, key)
        client.release()
    }
  }
}

function toKey (value: string): [number, number] {
  const digest = createHash('sha256').update(value).digest()
  return [digest.readInt32LE(0), digest.readInt32LE(4)]
}
