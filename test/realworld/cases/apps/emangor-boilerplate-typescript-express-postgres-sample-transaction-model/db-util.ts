import { Pool, PoolClient } from "pg";

const pool = new Pool();

export const getTransaction = async (): Promise<PoolClient> => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    return client;
  } catch (error) {
    throw new Error(error.message);
  }
};

export const runOne = async (client: PoolClient, sql: string, data?: string[]) => {
  try {
    return await client.query(sql, data);
  } catch (error) {
    throw new Error(error.message);
  }
};

export const runMany = async (client: PoolClient, sql: string, rows: string[][]) => {
  if (rows.length === 0) throw new Error("no data");
  for (const row of rows) {
    await client.query(sql, row);
  }
};

export const rollback = async (client: PoolClient): Promise<void> => {
  if (typeof client !== "undefined" && client) {
    try {
      console.info("sql transaction rollback");
      await client.query("ROLLBACK");
    } catch (error) {
      throw new Error(error.message);
    } finally {
      client.release();
    }
  } else {
    console.warn("rollback() not executed: client is not set");
  }
};

export const commit = async (client: PoolClient): Promise<void> => {
  try {
    await client.query("COMMIT");
  } catch (error) {
    throw new Error(error.message);
  } finally {
    client.release();
  }
};
