// Source: kysely-org/kysely — src/dialect/postgres/postgres-driver.ts (#executeControlQuery, the cancel connection), reduced by hand, not copied
// Label: safe
// Why: a fresh `pg.Client` made for one cancel query, connected inside try and ended in finally; no pool checkout
import type { ClientConfig } from "pg";

type ClientConstructor = new (config: ClientConfig) => {
  connect(): Promise<void>;
  query(sql: string, params: unknown[]): Promise<unknown>;
  end(): Promise<void>;
};

export async function cancelRunningQuery(Client: ClientConstructor, poolOptions: ClientConfig, backendPid: number, stillRunning: () => boolean) {
  const controlClient = new Client({ ...poolOptions });
  try {
    await controlClient.connect();
    if (!stillRunning()) return;
    await controlClient.query("select pg_cancel_backend($1)", [backendPid]);
  } finally {
    controlClient.end();
  }
}
