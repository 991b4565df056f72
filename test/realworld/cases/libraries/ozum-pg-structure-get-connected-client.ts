// Source: ozum/pg-structure — src/util/helper.ts (getConnectedPgClient), reduced by hand, not copied
// Label: safe
// Why: the caller's `pg.Client` or a new one from its config is connected and returned with a flag saying who ends it; no pool checkout
import { Client, type ClientConfig } from "pg";

export async function getConnectedPgClient(pgClientOrConfig: Client | ClientConfig | string): Promise<{ client: Client; shouldCloseConnection: boolean }> {
  const isPgClient = typeof (pgClientOrConfig as any).query === "function" && typeof (pgClientOrConfig as any).connect === "function";
  const client = (isPgClient ? pgClientOrConfig : new Client(pgClientOrConfig as ClientConfig)) as Client;
  try {
    await client.connect();
    return { client, shouldCloseConnection: true };
  } catch (error: any) {
    if (error.message.includes("Client has already been connected")) return { client, shouldCloseConnection: false };
    throw new Error(`pg-structure cannot connect to the database: ${error.message}`);
  }
}
