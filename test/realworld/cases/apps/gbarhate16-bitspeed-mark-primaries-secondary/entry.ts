// Source: GBarhate16/bitspeed — src/modules/identify/identify.repository.ts at 503ed97 (markPrimariesAsSecondary), reduced by hand, not copied
// Label: safe
// Why: the early return for an empty id list comes before the checkout; the UPDATE runs in a try whose finally releases
import { pgPool } from "./pg";

export async function markPrimariesAsSecondary(loserIds: number[], winnerId: number): Promise<void> {
  if (!loserIds.length) return;
  const client = await pgPool.connect();
  try {
    await client.query(`UPDATE "Contact" SET "linkedId" = $1, "linkPrecedence" = 'secondary' WHERE id = ANY($2::int[])`, [winnerId, loserIds]);
  } finally {
    client.release();
  }
}
