// Source: holistics/dbml — packages/dbml-connector/src/connectors/postgres/index.ts (getValidatedClient), reduced by hand, not copied
// Label: hand-over
// Why: the introspection connector returns the client after a `SELECT 1` probe, ending it itself if the probe fails; fetchSchemaJson ends it in a finally
import { Client } from "pg";

const getValidatedClient = async (connection: string): Promise<Client> => {
  const client = new Client(connection);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return client;
  } catch (err) {
    await client.end();
    if (err instanceof Error) {
      throw new Error(`PostgreSQL connection error: ${err}`);
    }
    throw err;
  }
};

export { getValidatedClient };
