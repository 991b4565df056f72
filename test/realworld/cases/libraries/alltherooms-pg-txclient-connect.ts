// Source: alltherooms/pg-txclient — src/db.ts (connect), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is wrapped in a TxClient that is returned; the wrapper's `release`/`commit` give it back
import { Pool, type PoolClient, type PoolConfig } from "pg";

type NamedPoolConfig = PoolConfig & { name: string; validations?: (options: PoolConfig) => void };

class TxClient {
  constructor(private readonly client: PoolClient, readonly autocommit: boolean) {}

  release() {
    this.client.release();
  }
}

export const pools: Record<string, Pool> = {};

export const connect = async (options: NamedPoolConfig, autocommit = true) => {
  const { name, validations } = options;
  if (validations) {
    validations({ ...options, validations: undefined });
  }
  const pool = pools[name] || new Pool(options);
  pools[name] = pool;
  const baseClient = (await pool.connect()) as PoolClient;
  return new TxClient(baseClient, autocommit);
};
