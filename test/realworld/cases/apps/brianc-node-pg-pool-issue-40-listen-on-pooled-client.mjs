// Source: https://github.com/brianc/node-pg-pool/issues/40 (the answer that gets the client from the pool to receive NOTIFY; brianc: "I would recommend strongly against using a pooled client for listen/notify"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pooled client is checked out for LISTEN and kept by the notification handler only: nothing ever releases it (and the LISTEN query is not even awaited)
import Pool from "pg-pool";

const pool = new Pool();

const client = await pool.connect();
client.on("notification", (msg) => {
  console.log(msg);
});
client.query("LISTEN channel");
