// Source: golergka/pg-tx — src/client.ts (getClient / releaseClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned inside an object that records it was connected here; `releaseClient` releases exactly those
import type { Pool, PoolClient } from "pg";

export enum ClientMode {
  Provided,
  Connected,
}

export interface ClientDetails {
  client: PoolClient;
  clientMode: ClientMode;
}

const isPoolClient = (pg: Pool | PoolClient): pg is PoolClient => "release" in pg;

export async function getClient(pg: Pool | PoolClient): Promise<ClientDetails> {
  if (isPoolClient(pg)) {
    return { client: pg, clientMode: ClientMode.Provided };
  } else {
    return {
      client: await pg.connect(),
      clientMode: ClientMode.Connected,
    };
  }
}

export function releaseClient({ client, clientMode }: ClientDetails): void {
  if (clientMode === ClientMode.Connected) client.release();
}
