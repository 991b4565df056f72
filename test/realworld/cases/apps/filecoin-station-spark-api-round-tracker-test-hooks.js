// Source: filecoin-station/spark-api — api/test/round-tracker.test.js (before/after hooks), reduced by hand, not copied
// Label: hand-over
// Why: the before hook stores the checkout in the suite's outer `pgClient`, which the tests use and the after hook releases
import assert from 'node:assert'
import pg from 'pg'
import { after, before, beforeEach, describe, it } from 'mocha'

const { DATABASE_URL } = process.env

describe('Round Tracker', () => {
  let pgPool
  let pgClient

  before(async () => {
    pgPool = new pg.Pool({ connectionString: DATABASE_URL })
    pgClient = await pgPool.connect()
    await pgClient.query('UPDATE eligible_deals SET expires_at = NOW() + INTERVAL \'1 year\'')
  })

  after(async () => {
    pgClient.release()
    await pgPool.end()
  })

  beforeEach(async () => {
    await pgClient.query('DELETE FROM spark_rounds')
  })

  it('starts with no rounds', async () => {
    const { rows } = await pgClient.query('SELECT * FROM spark_rounds')
    assert.deepStrictEqual(rows, [])
  })
})
