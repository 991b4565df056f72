// Source: filecoin-station/spark-stats — observer/test/platform-stats.test.js (before/after hooks), reduced by hand, not copied
// Label: hand-over
// Why: the before hook keeps the checkout in the suite's outer `pgClient`; each test wraps its work in a transaction on it and the after hook releases it
import assert from 'node:assert'
import pg from 'pg'
import { after, afterEach, before, beforeEach, describe, it } from 'mocha'

describe('platform-stats-generator', () => {
  let pgClient

  before(async () => {
    const pgPool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
    pgClient = await pgPool.connect()
  })

  beforeEach(async () => {
    await pgClient.query('DELETE FROM daily_reward_transfers')
    await pgClient.query('BEGIN TRANSACTION')
  })

  afterEach(async () => {
    await pgClient.query('END TRANSACTION')
  })

  after(async () => {
    await pgClient.release()
  })

  it('records a transfer', async () => {
    await pgClient.query('INSERT INTO daily_reward_transfers (day, to_address, amount) VALUES (now(), $1, $2)', ['address1', 100])
    const { rows } = await pgClient.query('SELECT amount FROM daily_reward_transfers')
    assert.strictEqual(rows.length, 1)
  })
})
