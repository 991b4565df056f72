// Source: Urigo/accounter-fullstack — packages/etana-scraper/src/store.ts at b07ac1773 (createAndConnectStore), reduced by hand, not copied (packages/etherscan-scraper and packages/kraken-scraper have the same store)
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the scraper workspace package "connects" its pg-promise database with `await pg.connect()` and drops the connection it resolves to: `done()` is never called, so one pooled connection stays checked out for the store's life and `close()`'s `pgp.end()` cannot drain it
import createPgp from "pg-promise";

interface ProcessedEtanaAccountTransaction { transactionId: string; accountId: string; amount: number }

export async function createAndConnectStore(options: { connectionString: string; schema: string }) {
  const tableName = "etana_account_transactions";
  const pgp = createPgp();
  const pg = pgp({ connectionString: options.connectionString, allowExitOnIdle: true, ssl: { rejectUnauthorized: false } });
  console.info("Connecting to database...");
  await pg.connect();
  console.info("Database is now connected!");

  return {
    async close() {
      pgp.end();
    },
    async storeTransactions(transactions: ProcessedEtanaAccountTransaction[]) {
      for (const tx of transactions) {
        await pg.none(`INSERT INTO ${options.schema}.${tableName} (transaction_id, account_id, amount) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          tx.transactionId,
          tx.accountId,
          tx.amount,
        ]);
      }
    },
  };
}
