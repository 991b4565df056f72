// Source: GoogleCloudPlatform/cloud-sql-nodejs-connector — system-test/pg-connect.ts ("open connection and retrieves standard pg tables"), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` built from the connector's options and ended in `t.after`; no pool checkout
import t from "tap";
import pg from "pg";
import { Connector, IpAddressTypes } from "@google-cloud/cloud-sql-connector";

const { Client } = pg;

t.test("open connection and retrieves standard pg tables", async (t) => {
  const connector = new Connector();
  const clientOpts = await connector.getOptions({
    instanceConnectionName: String(process.env.POSTGRES_CONNECTION_NAME),
    ipType: IpAddressTypes.PUBLIC,
  });
  const client = new Client({ ...clientOpts, user: String(process.env.POSTGRES_USER), database: String(process.env.POSTGRES_DB) });
  t.after(async () => {
    try {
      await client.end();
    } finally {
      connector.close();
    }
  });
  await client.connect();
  const { rows: [result] } = await client.query("SELECT NOW();");
  t.ok(result.now.getTime(), "should have valid returned date object");
});
