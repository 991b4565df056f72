import { Pool, type PoolClient } from "pg";

let pool: Pool | null = null;

export const init = (connectionString: string): void => {
  pool = new Pool({ connectionString });
};

export const getClient = async (): Promise<PoolClient> => await pool!.connect();
