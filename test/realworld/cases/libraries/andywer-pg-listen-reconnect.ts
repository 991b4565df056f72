// Source: andywer/pg-listen — src/index.ts (connect, the reconnect loop), reduced by hand, not copied
// Label: safe
// Why: each attempt makes a dedicated `pg.Client` for LISTEN and returns it once connected; no pool checkout
import { Client, type ClientConfig } from "pg";

declare function delay(ms: number): Promise<void>;

export async function reconnect(config: ClientConfig, retryLimit: number, onAttempt: (n: number) => void): Promise<Client> {
  for (let attempt = 1; attempt < retryLimit || !retryLimit; attempt++) {
    onAttempt(attempt);
    try {
      const newClient = new Client(config);
      const connecting = new Promise((resolve, reject) => {
        newClient.once("connect", resolve);
        newClient.once("end", () => reject(Error("Connection ended.")));
        newClient.once("error", reject);
      });
      await Promise.all([newClient.connect(), connecting]);
      return newClient;
    } catch (error) {
      await delay(500 * attempt);
    }
  }
  throw new Error("Reconnecting notification client to PostgreSQL database failed.");
}
