// Source: dayatdev/deno-pg-rest-api — db/database.ts at 6b11a6a (module scope), reduced by hand, not copied
// Label: safe
// Why: a Deno REST API connects one deno-postgres `Client` at the top level of its database module and exports it for the controllers to query; a dedicated Client is no pool checkout, labelled safe as the corpus labels standalone clients
import { Client } from "https://deno.land/x/postgres/mod.ts";
import { db } from "../config/database.ts";

const client = new Client({
  user: db.user,
  password: db.password,
  database: db.database,
  hostname: db.hostname,
  port: db.port,
});

await client.connect();

export default client;
