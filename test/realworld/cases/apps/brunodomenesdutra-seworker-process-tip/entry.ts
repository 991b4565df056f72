// Source: BrunoDomenesDutra/seworker — src/database/index.ts at a3f4ff4 (processSeTip), reduced by hand, not copied
// Label: safe
// Why: the StreamElements tip worker checks idempotency through the pool before the checkout, then inserts the donation and allocates it to goals in one transaction; a missing row or no active goal throws inside the try, whose catch rolls back, logs and rethrows and whose finally releases
import { pool } from './pool'
import { insertSeDonation } from './se_donations'
import { insertSeProcessedEvent, isEventProcessed } from './se_processed_events'
import { getActiveGeneralMetas, insertDonationAllocations } from './metas'

type SeDonationInsert = { externalId: string; amount: number; currency: string; username: string; message: string }

export async function processSeTip(donation: SeDonationInsert): Promise<boolean> {
  const { externalId } = donation

  if (await isEventProcessed(externalId)) {
    return false
  }

  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await insertSeDonation(donation, client)
    const donationRes = await client.query('SELECT id FROM se_donations WHERE external_id = $1', [externalId])
    if (donationRes.rows.length === 0) {
      throw new Error(`Donation not found after insert: ${externalId}`)
    }
    const activeGeneralMetas = await getActiveGeneralMetas(client)
    if (activeGeneralMetas.length === 0) {
      throw new Error('No active general metas available')
    }
    await insertDonationAllocations(donationRes.rows[0].id, activeGeneralMetas, donation.amount, client)
    await insertSeProcessedEvent(externalId, client)
    await client.query('COMMIT')
    return true
  } catch (error) {
    await client.query('ROLLBACK')
    console.error(`Failed to process tip idempotently: ${externalId}`, error)
    throw error
  } finally {
    client.release()
  }
}
