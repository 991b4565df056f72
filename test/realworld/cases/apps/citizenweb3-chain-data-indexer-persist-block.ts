// Source: citizenweb3/chain-data-indexer — src/sink/postgres.ts at 0ab5783 (PostgresSink.persistBlock), reduced by hand, not copied
// Label: safe
// Why: the unbuffered sink writes one block's rows per checkout: partitions, BEGIN, the inserts each behind a length check and COMMIT all inside a try whose catch rolls back and rethrows and whose finally releases
import { getPgPool } from "../db/pg.js";
import { ensureCorePartitions, insertBlocks, insertTxs, insertEvents } from "./pg/inserters.js";

type BlockLine = { height: number; txs: unknown[]; events: unknown[] };

export class PostgresSink {
  private extractRows(blockLine: BlockLine) {
    return { blockRow: { height: blockLine.height }, txRows: blockLine.txs, evRows: blockLine.events, height: blockLine.height };
  }

  private async persistBlock(blockLine: BlockLine): Promise<void> {
    const pool = getPgPool();
    const { blockRow, txRows, evRows, height } = this.extractRows(blockLine);

    const client = await pool.connect();
    try {
      await ensureCorePartitions(client, height);
      await client.query("BEGIN");
      await insertBlocks(client, [blockRow]);
      if (txRows.length) await insertTxs(client, txRows);
      if (evRows.length) await insertEvents(client, evRows);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
  }
}
