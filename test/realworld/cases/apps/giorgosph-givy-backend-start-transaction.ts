// Source: giorgosph/givy-backend — src/db/db.ts at 45b40b6 (startTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the helper returns the client to its caller after BEGIN; when connect or BEGIN fails, the catch releases the client it got (if any) before rethrowing; logging sits between the connect and BEGIN
import { Pool, PoolClient } from "pg";

const Logger = { debug: (m: string) => console.debug(m) };

const pool = new Pool({
  user: process.env.DATABASE_USER,
  host: process.env.DATABASE_HOST,
  database: process.env.DATABASE_NAME,
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

export const transaction = { start: startTransaction, end: endTransaction };
