// Source: longk123/Luan-Van-Tot-Nghiep-K47-Cofffee-Shop — backend/migrate-add-shipper-wallet.cjs (migrate), reduced by hand, not copied
// Label: safe
// Why: a migration script: BEGIN, the DDL and the backfill and COMMIT in the try, the catch rolls back and rethrows, the finally releases and ends the pool
const { Pool } = require("pg");

const pool = new Pool({ database: process.env.DB_NAME || "coffee_shop" });

async function migrate() {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("CREATE TABLE IF NOT EXISTS shipper_wallet (id SERIAL PRIMARY KEY, user_id INT NOT NULL UNIQUE, balance DECIMAL(12, 0) DEFAULT 0)");
    await client.query("CREATE TABLE IF NOT EXISTS wallet_transactions (id SERIAL PRIMARY KEY, wallet_id INT NOT NULL REFERENCES shipper_wallet(id))");
    const result = await client.query("INSERT INTO shipper_wallet (user_id) SELECT user_id FROM users WHERE role = 'waiter' ON CONFLICT DO NOTHING");
    console.log(`Created wallets for ${result.rowCount} waiters`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Migration failed:", error.message);
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

migrate();
