import type { PoolClient } from "pg";
import { ReadPool, UpdatePool, CreatePool, DeletePool } from "./pools";

type Permission = { privileges: string[]; actions: string[] };

async function getClient({ privileges, actions }: Permission): Promise<PoolClient> {
  if (!actions.every((a) => privileges?.includes(a))) throw Error("Permission Denied.");
  let client: PoolClient;
  switch (actions[0]) {
    case "read":
      client = await ReadPool.connect();
      break;
    case "create":
      client = await CreatePool.connect();
      break;
    case "update":
      client = await UpdatePool.connect();
      break;
    case "delete":
      client = await DeletePool.connect();
      break;
    default:
      throw Error("Permission Denied.");
  }
  const release = client.release;
  const timeout = setTimeout(() => console.error("A client has been checked out for more than 5 seconds!"), 5000);
  client.release = () => {
    clearTimeout(timeout);
    client.release = release;
    return release.apply(client);
  };
  return client;
}

export { getClient };
