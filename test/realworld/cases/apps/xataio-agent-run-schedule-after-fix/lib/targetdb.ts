import pg from "pg";

export type Client = pg.Client;

export async function getTargetDbConnection(connectionString: string): Promise<Client> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return client;
}
