// Source: decentraland/marketplace-server — src/ports/trades/utils.ts at 24aee10 (triggerEvent, "feat: add traed created notification"), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try there is only a read of process.env, which cannot throw; every path through the try (including the early return when no asset is found and the swallowed error) reaches the finally that releases
import { IPgComponent } from "@well-known-components/pg-component";

type Trade = { id: string; type: string; network: string; createdAt: number; received: any[]; sent: any[] };
type EventPublisher = { publishMessage(message: unknown): void };

export async function triggerEvent(trade: Trade, client: IPgComponent, eventPublisher: EventPublisher): Promise<void> {
  const pgClient = await client.getPool().connect();
  const marketplaceBaseUrl = process.env.MARKETPLACE_BASE_URL;

  try {
    if (trade.type === "bid") {
      const bidAsset = trade.received[0];
      const asset = await pgClient
        .query("SELECT * FROM nfts WHERE contract_address = $1 AND token_id = $2", [bidAsset.contractAddress, bidAsset.tokenId])
        .then((result) => result.rows[0]);

      if (!asset) {
        return;
      }

      eventPublisher.publishMessage({
        key: `bid-created-${trade.id}`,
        timestamp: trade.createdAt,
        metadata: { address: asset.owner, link: `${marketplaceBaseUrl}/account?section=bids`, network: trade.network },
      });
    }
  } catch (e) {
    console.error(e);
  } finally {
    await pgClient.release();
  }
}
