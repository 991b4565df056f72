// Source: 0xgaut85/mica — server/scripts/analytics-worker.mjs at 608157b (tickLoop), reduced by hand, not copied
// Label: safe
// Why: the long-running analytics worker runs one tick per loop turn: BEGIN, the tick's queries on the client, COMMIT, in a try whose catch rolls back and logs and whose finally releases, then sleeps until the next tick
import 'dotenv/config'
import pool from './pool.js'
import { runAnalyticsTickOnce } from './analyticsTickRun.js'

const INTERVAL_MS = Math.max(15_000, Number(process.env.ANALYTICS_TICK_INTERVAL_MS) || 60_000)

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms))
}

async function tickLoop() {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const out = await runAnalyticsTickOnce(client)
    await client.query('COMMIT')
    console.log(new Date().toISOString(), `analytics-worker: users~${out.dashboardUsers} mmr=${out.gross}`)
  } catch (e) {
    await client.query('ROLLBACK')
    console.error('analytics-worker tick failed:', e)
  } finally {
    client.release()
  }
}

async function main() {
  let shuttingDown = false
  const shutdown = async () => {
    if (shuttingDown) return
    shuttingDown = true
    await pool.end()
    process.exit(0)
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)

  while (!shuttingDown) {
    await tickLoop()
    await sleep(INTERVAL_MS)
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
