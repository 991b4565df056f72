// Source: RubenSousaDinis/base-indexer — src/db/schema.ts (initializeDatabase), reduced by hand, not copied
// Label: hand-over
// Why: the tables are created inside the try and the checkout is returned to the caller; the catch releases it when a CREATE fails
import { Pool } from "pg";

export const schema = {
  blocks: "CREATE TABLE IF NOT EXISTS blocks (number BIGINT PRIMARY KEY, hash TEXT NOT NULL)",
  contracts: "CREATE TABLE IF NOT EXISTS contracts (address TEXT PRIMARY KEY, block_number BIGINT)",
  contractInteractions: "CREATE TABLE IF NOT EXISTS contract_interactions (id SERIAL PRIMARY KEY, contract_address TEXT NOT NULL)",
};

export async function initializeDatabase() {
  const pool = new Pool({
    connectionString: process.env.DATABASE_URL,
  });

  const client = await pool.connect();
  try {
    await client.query(schema.blocks);
    await client.query(schema.contracts);
    await client.query(schema.contractInteractions);

    return client;
  } catch (error) {
    client.release();
    throw error;
  }
}
