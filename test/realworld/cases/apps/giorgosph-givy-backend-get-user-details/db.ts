import { Pool, PoolClient } from "pg";

const Logger = { debug: (m: string) => console.debug(m), info: (m: string) => console.info(m) };

const pool = new Pool({
  user: process.env.DATABASE_USER,
  host: process.env.DATABASE_HOST,
  database: process.env.DATABASE_NAME,
  password: process.env.DATABASE_PASS,
  port: Number(process.env.DATABASE_PORT),
});

const startTransaction = async () => {
  let client: PoolClient | null = null;
  try {
    client = await pool.connect();
    Logger.debug("Connected to database");
    await client.query("BEGIN");
    return client;
  } catch (error) {
    if (client) client.release();
    throw error;
  }
};

const endTransaction = async (client: PoolClient) => {
  await client.release();
  Logger.debug("Disconnected from database");
};

const commitTransaction = async (client: PoolClient) => {
  await client.query("COMMIT");
  Logger.debug("Transaction committed");
  await endTransaction(client);
};

const rollbackTransaction = async (client: PoolClient) => {
  await client.query("ROLLBACK");
  Logger.debug("Transaction rolled back");
  await endTransaction(client);
};

export const transaction = {
  start: startTransaction,
  commit: commitTransaction,
  rollback: rollbackTransaction,
  end: endTransaction,
};
