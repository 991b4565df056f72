// Source: https://github.com/brianc/node-postgres/issues/3475 (the reporter's reproduction, "Cursor crash when reaching query_timeout"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the script checks a client out, opens a cursor on it and waits; nothing ever releases the client
import { Pool } from "pg";
import Cursor from "pg-cursor";

const pgPool = new Pool({ max: 10, idleTimeoutMillis: 30000, statement_timeout: 3000, connectionTimeoutMillis: 3000 });

export async function reproduce(id: number) {
  const client = await pgPool.connect();
  console.log(`client-${id} connected`);
  client.on("error", (err) => {
    console.error(`client error: ${err}`);
  });
  client.on("end", () => {
    console.log("client end");
  });
  client.query(new Cursor("select 1"));
  await new Promise((resolve) => setTimeout(resolve, 5000));
}
