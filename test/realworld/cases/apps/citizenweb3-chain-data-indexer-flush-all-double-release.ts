// Source: citizenweb3/chain-data-indexer — src/sink/postgres.ts at 0ab5783 (PostgresSink.flushAll), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the block indexer's batch flush releases the client and returns from inside the try when no buffered row has a finite height, and the try's finally releases it again: pg throws "Release called on client which has already been released to the pool." out of the flush
import type { PoolClient } from "pg";
import { getPgPool } from "../db/pg.js";
import { ensureCorePartitions, flushBlocks, flushTxs, upsertProgress } from "./pg/flushers.js";

type Row = { height: number };

export class PostgresSink {
  private bufBlocks: Row[] = [];
  private bufTxs: Row[] = [];

  constructor(private readonly cfg: { pg?: { progressId?: string } }) {}

  private async flushAll(): Promise<void> {
    if (this.bufBlocks.length === 0 && this.bufTxs.length === 0) return;

    const pool = getPgPool();
    const client: PoolClient = await pool.connect();
    try {
      const heights: number[] = [...this.bufBlocks.map((r) => r.height), ...this.bufTxs.map((r) => r.height)].filter(
        (h): h is number => Number.isFinite(h),
      );

      if (heights.length === 0) {
        client.release();
        return;
      }

      const minH = Math.min(...heights);
      const maxH = Math.max(...heights);
      await ensureCorePartitions(client, minH, maxH);

      await client.query("BEGIN");
      await flushBlocks(client, this.bufBlocks);
      this.bufBlocks = [];
      await flushTxs(client, this.bufTxs);
      this.bufTxs = [];
      await upsertProgress(client, this.cfg.pg?.progressId ?? "default", maxH);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
  }
}
