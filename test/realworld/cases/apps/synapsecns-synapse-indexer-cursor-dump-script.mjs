// Source: synapsecns/synapse-indexer — scripts/postgresMigration/sqlMongoDump.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the one-off script checks a client out at top level to stream a cursor and never releases it (nor ends the pool), so the client stays checked out and the process never exits on its own
import pg from "pg";
import Cursor from "pg-cursor";
import { BridgeTransaction } from "../../db/transaction.js";

const pool = new pg.Pool({ host: "localhost", database: "postgres" });
const postgresClient = await pool.connect();
const cursor = postgresClient.query(new Cursor("SELECT kappa, from_chain_id, to_chain_id FROM txs"));

let rows;
while ((rows = await cursor.read(10000)).length > 0) {
  await BridgeTransaction.insertMany(rows.map((row) => ({ kappa: row.kappa, fromChainId: row.from_chain_id })));
}
console.log("done");
