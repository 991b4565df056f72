// Source: rainbunny/pg-migrate — src/migrate.ts (migrate), reduced by hand, not copied
// Label: safe
// Why: the whole transaction is one promise chain on the client, with ROLLBACK in `.catch` and the release in `.finally`
import { Pool, type PoolConfig, type PoolClient } from "pg";

type Params = { poolConfig: PoolConfig; perform: (client: PoolClient, current?: { version: string }) => Promise<void> };

export const migrate = ({ poolConfig, perform }: Params): Promise<void> =>
  new Pool(poolConfig).connect().then((client) =>
    Promise.resolve()
      .then(() => client.query("BEGIN"))
      .then(() => client.query("CREATE TABLE IF NOT EXISTS migration (id serial, version text)"))
      .then(() => client.query("SELECT id, version FROM migration ORDER BY id DESC LIMIT 1"))
      .then((result) => (result.rows.length === 0 ? undefined : result.rows[0]))
      .then((current) => perform(client, current))
      .then(() => client.query("COMMIT"))
      .catch((err) => client.query("ROLLBACK").then(() => Promise.reject(err)))
      .finally(() => client.release())
      .then(() => undefined),
  );
