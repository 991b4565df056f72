// Source: azimuttapp/azimutt — libs/connector-postgres/src/connect.ts (createConnection), reduced by hand, not copied
// Label: hand-over
// Why: the ERD tool's connector resolves the connected Client; connect() runs the caller's exploration and ends it on both branches of a `.then`
import { Client, ClientConfig } from "pg";

async function createConnection(config: string | ClientConfig): Promise<Client> {
  const client = new Client(config);
  return client.connect().then((_) => client);
}

export { createConnection };
