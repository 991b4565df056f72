// Source: XYOracleNetwork-v1/sdk-dache-nodejs — persistence.js at 17625ec (saveTransactionAndEvent), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client comes from db.getClient() (./db: `return await pool.connect()`); `await client.query('BEGIN')` runs before the try whose finally releases, so a failed BEGIN leaves the client checked out
const db = require("./db");

exports.saveTransactionAndEvent = async (contractName, event) => {
  const txValues = [event.transactionHash, event.blockNumber];
  const eventValues = [contractName, event.event, event.logIndex, event, event.removed == null ? false : event.removed, event.transactionHash];
  const client = await db.getClient();
  await client.query("BEGIN");
  try {
    await client.query("INSERT INTO blockchain_transactions (transaction_hash, block_number) VALUES ($1, $2) ON CONFLICT DO NOTHING", txValues);
    await client.query("INSERT INTO blockchain_events (contract_name, event_name, log_index, event, removed, transaction_hash) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING", eventValues);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
};
