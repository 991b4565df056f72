// Source: Gkuzin13/drawflux — apps/server/src/database/index.ts at ba2572f, reduced by hand, not copied
import pg from "pg";
import type { PoolClient } from "pg";

const poolClient = new pg.Pool();

export async function query(text: string, values?: string[]) {
  return poolClient.query(text, values);
}

export async function getClient() {
  const client = await poolClient.connect();
  const release = client.release;
  const timeout = setTimeout(() => {
    console.error("A client has been checked out for more than 5 seconds!");
  }, 5000);
  client.release = () => {
    clearTimeout(timeout);
    client.release = release;
    return release.apply(client);
  };
  return client as PoolClient;
}
