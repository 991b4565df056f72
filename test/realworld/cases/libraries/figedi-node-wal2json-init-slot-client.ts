// Source: Figedi/node-wal2json — src/lib/PGStreamingReplication.ts (PGStreamingReplication.initSlotWithStartLSN), reduced by hand, not copied
// Label: safe
// Why: a dedicated pg Client (not a pool checkout) made for the query is connected inside the try, and the finally ends it on every path, the early return of a configured start LSN and the throw of a missing one included
import { Client } from "pg";

async function initReplicationSlot(client: Client, slotName: string): Promise<void> {
  const { rows } = await client.query("SELECT 1 FROM pg_replication_slots WHERE slot_name = $1", [slotName]);
  if (!rows.length) await client.query("SELECT pg_create_logical_replication_slot($1, 'wal2json')", [slotName]);
}

export class PGStreamingReplication {
  private lastReceivedLSN?: string;

  constructor(
    private readonly client: Client,
    private readonly opts: { slotName: string; startLsn?: string },
  ) {}

  private getQueryClient(): Client {
    return new Client({
      user: this.client.user,
      password: this.client.password,
      host: this.client.host,
      port: this.client.port,
      database: this.client.database,
    });
  }

  async initSlotWithStartLSN(): Promise<string> {
    const client = this.getQueryClient();
    try {
      await client.connect();
      await initReplicationSlot(client, this.opts.slotName);
      if (this.opts.startLsn) {
        return this.opts.startLsn;
      }
      const {
        rows: [row],
      } = await client.query("SELECT pg_current_wal_lsn()");
      if (!row.pg_current_wal_lsn) {
        throw new Error(`Did not find last pg_current_wal_lsn for slot-name ${this.opts.slotName}`);
      }
      this.lastReceivedLSN = row.pg_current_wal_lsn;
      return row.pg_current_wal_lsn;
    } finally {
      await client.end();
    }
  }
}
