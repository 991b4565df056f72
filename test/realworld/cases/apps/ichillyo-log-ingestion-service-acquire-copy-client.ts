// Source: iChillyO/log-ingestion-service — src/db/repositories/logRepository.ts at 63dc8e7 (LogRepository.acquireCopyClient), reduced by hand, not copied
// Label: hand-over
// Why: the COPY writers keep a small set of idle checkouts; acquireCopyClient reuses one or checks a new one out, attaches an 'error' listener that drops it from the idle set, and returns it to insertViaCopy, whose finally hands it to releaseCopyClient (back to the idle set, or released, destroyed when broken)
import type { Pool, PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";

const COPY_SQL = "COPY logs (\"timestamp\", level, service, message, attributes) FROM STDIN";

export class LogRepository {
  private idleCopyClients: PoolClient[] = [];

  constructor(private readonly pool: Pool, private readonly maxWriters: number) {}

  private async acquireCopyClient(): Promise<PoolClient> {
    const pooled = this.idleCopyClients.pop();
    if (pooled) return pooled;
    const client = await this.pool.connect();
    client.on("error", () => {
      this.idleCopyClients = this.idleCopyClients.filter((c) => c !== client);
    });
    return client;
  }

  private releaseCopyClient(client: PoolClient, broken: boolean): void {
    if (broken) {
      try {
        client.release(true);
      } catch {
        /* already gone */
      }
      return;
    }
    if (this.idleCopyClients.length < this.maxWriters) {
      this.idleCopyClients.push(client);
    } else {
      client.release();
    }
  }

  async insertViaCopy(rows: string[]): Promise<void> {
    if (rows.length === 0) return;
    const client = await this.acquireCopyClient();
    let broken = false;
    try {
      const copyStream = client.query(copyFrom(COPY_SQL));
      await new Promise<void>((resolve, reject) => {
        copyStream.on("error", reject);
        copyStream.on("finish", () => resolve());
        copyStream.end(rows.join("\n") + "\n");
      });
    } catch (err) {
      broken = true;
      throw err;
    } finally {
      this.releaseCopyClient(client, broken);
    }
  }
}
