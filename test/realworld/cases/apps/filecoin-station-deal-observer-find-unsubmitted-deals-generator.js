// Source: filecoin-station/deal-observer — backend/lib/spark-api-submit-deals.js (findUnsubmittedDeals), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the async generator releases only after the cursor is drained; a failed read or row parse, or a consumer that stops iterating early, leaves the client checked out
import Cursor from 'pg-cursor'

const findUnsubmittedDeals = async function * (pgPool, batchSize) {
  const client = await pgPool.connect()
  const cursor = client.query(new Cursor(`
    SELECT miner_id, client_id, piece_cid, piece_size, payload_cid
    FROM active_deals
    WHERE submitted_at IS NULL AND payload_cid IS NOT NULL`
  ))

  while (true) {
    const rows = await cursor.read(batchSize)
    if (rows.length === 0) break
    yield rows.map(row => parseSubmittableDeal(row))
  }

  client.release()
}

function parseSubmittableDeal (row) {
  if (typeof row.payload_cid !== 'string') throw new Error('invalid deal row')
  return { ...row }
}

export const submitDeals = async (pgPool, batchSize, submit) => {
  for await (const deals of findUnsubmittedDeals(pgPool, batchSize)) {
    await submit(deals)
  }
}
