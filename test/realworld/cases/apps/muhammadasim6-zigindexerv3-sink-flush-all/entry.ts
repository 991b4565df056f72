// Source: MuhammadAsim6/ZigIndexerV3 — src/sink/postgres.ts at f5b797a (PostgresSink.flushAll), reduced by hand, not copied
// Label: safe
// Why: the indexer's batch flush snapshots and resets its buffers, checks out through `getPgPool()`, sets a `transactionStarted` flag before the try, writes every table in one transaction; the catch rolls back only a started transaction, puts the snapshot back in front of the buffers for the next retry and rethrows, and the finally releases
import type { PoolClient } from "pg";
import { getPgPool } from "./db/pg.ts";
import { log } from "./log.ts";

type Row = Record<string, unknown>;

async function ensureCorePartitions(client: PoolClient, minH: number, maxH: number): Promise<void> {
  await client.query("SELECT core.ensure_partitions($1, $2)", [minH, maxH]);
}

async function flushRows(client: PoolClient, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1)`, [JSON.stringify(rows)]);
}

export class PostgresSink {
  private bufBlocks: Row[] = [];
  private bufTxs: Row[] = [];
  private bufEvents: Row[] = [];

  constructor(private readonly cfg: { progressId?: string }) {}

  private async flushAll(): Promise<void> {
    const snapshot = { blocks: this.bufBlocks, txs: this.bufTxs, events: this.bufEvents };
    this.bufBlocks = [];
    this.bufTxs = [];
    this.bufEvents = [];

    const pool = getPgPool();
    const client = await pool.connect();
    let transactionStarted = false;

    try {
      let maxH: number | null = null;
      if (snapshot.blocks.length === 0) {
        await client.query("BEGIN");
        transactionStarted = true;
      } else {
        const heights = snapshot.blocks.map((r) => Number(r.height));
        const minH = Math.min(...heights);
        maxH = Math.max(...heights);
        await ensureCorePartitions(client, minH, maxH);
        await client.query("BEGIN");
        transactionStarted = true;
      }

      await flushRows(client, "core.blocks", snapshot.blocks);
      await flushRows(client, "core.transactions", snapshot.txs);
      await flushRows(client, "core.events", snapshot.events);

      if (maxH != null) {
        await client.query("UPDATE core.progress SET height = $2 WHERE id = $1", [this.cfg.progressId ?? "default", maxH]);
      }
      await client.query("COMMIT");
      transactionStarted = false;
    } catch (e) {
      log.error(`[flush-error] rollback initiated: ${String(e)}`);
      if (transactionStarted) {
        await client.query("ROLLBACK");
        transactionStarted = false;
      } else {
        log.warn("[flush-error] rollback skipped: transaction was not started");
      }
      this.bufBlocks = [...snapshot.blocks, ...this.bufBlocks];
      this.bufTxs = [...snapshot.txs, ...this.bufTxs];
      this.bufEvents = [...snapshot.events, ...this.bufEvents];
      throw e;
    } finally {
      client.release();
    }
  }
}
