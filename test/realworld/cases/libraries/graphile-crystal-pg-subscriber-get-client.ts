// Source: graphile/crystal — grafast/dataplan-pg/src/adaptors/pg.ts (PgSubscriber.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN client is synced inside a try; on success it is stored in `this.listeningClient` and returned, on failure the catch releases it before the retry
import type { Pool, PoolClient, Notification } from "pg";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class PgSubscriberSketch {
  private listeningClient: PoolClient | null = null;
  private listeningClientPromise: Promise<PoolClient> | null = null;
  private alive = true;

  constructor(private pool: Pool) {}

  private recordNotification = (n: Notification) => console.log(n.channel);

  private async syncWithClient(client: PoolClient) {
    await client.query("LISTEN events");
  }

  private getClient(): Promise<PoolClient> {
    if (this.listeningClient) return Promise.resolve(this.listeningClient);
    if (!this.listeningClientPromise) {
      this.listeningClientPromise = (async () => {
        for (let attempts = 0; ; attempts++) {
          try {
            if (!this.alive) {
              return Promise.reject(new Error("PgSubscriber released; aborting getClient"));
            }
            const logError = (e: Error) => console.error(`Error on listening client: ${e}`);
            const client = await this.pool.connect();
            try {
              client.on("error", logError);
              client.on("notification", this.recordNotification);
              await this.syncWithClient(client);
              this.listeningClientPromise = null;
              this.listeningClient = client;
              return client;
            } catch (e) {
              client.off("error", logError);
              client.off("notification", this.recordNotification);
              client.release();
              throw e;
            }
          } catch (e) {
            console.error(`Error with listening client during getClient (attempt ${attempts + 1}): ${e}`);
            await sleep(Math.min(100 * Math.exp(attempts), 30000));
          }
        }
      })();
    }
    return this.listeningClientPromise;
  }
}
