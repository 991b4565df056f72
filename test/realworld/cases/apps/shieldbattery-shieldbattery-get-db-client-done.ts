// Source: ShieldBattery/ShieldBattery — server/lib/db/index.ts at 632099798 (getDbClient and withDbClient), reduced by hand, not copied
// Label: hand-over
// Why: getDbClient returns a passed-in client with a no-op `done`, or checks out of the module's pool (`pool!.connect()`) and returns `{ client: new DbClient(client), done: client.release.bind(client) }`; the caller owns `done`, and the module's own withDbClient calls it in a finally
import pg from "pg";

let pool: pg.Pool | undefined;

if (!process.env.SB_UNIT_TEST) {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 10_000 });
}

export type DbDone = (err?: Error | boolean) => void;

export class DbClient {
  constructor(private wrappedClient: pg.PoolClient) {}

  async query<R extends pg.QueryResultRow = any>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
    return await this.wrappedClient.query<R>(text, values);
  }
}

export interface ClientResult {
  client: DbClient;
  done: DbDone;
}

const NOOP_DONE = () => {};

export async function getDbClient(inputClient?: DbClient): Promise<ClientResult> {
  if (inputClient) {
    return { client: inputClient, done: NOOP_DONE };
  }

  const client = await pool!.connect();
  return { client: new DbClient(client), done: client.release.bind(client) };
}

export async function withDbClient<T, U extends any[]>(fn: (client: DbClient, ...args: U) => Promise<T>, ...args: U): Promise<T> {
  const { client, done } = await getDbClient();
  try {
    return await fn(client, ...args);
  } finally {
    done();
  }
}

export default getDbClient;
