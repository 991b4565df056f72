// Source: decentraland/decentraland-gatsby — src/entities/Database/database.ts at 30845845 (database.connect), reduced by hand, not copied
// Label: hand-over
// Why: the library derives its database from decentraland-server's postgres client and overrides `connect` to set the schema's search_path and log a masked URL; a failed SET is only logged, and the connected client is returned to the caller on every path
import chalk from "chalk";
import { db } from "decentraland-server";

const pg = db.clients.postgres;

const database: typeof pg = Object.create(pg);

database.connect = async () => {
  const CONNECTION_STRING = process.env.CONNECTION_STRING || "";
  const client = await pg.connect(CONNECTION_STRING);

  try {
    const url = new URL(CONNECTION_STRING);
    if (url.searchParams.get("schema")) {
      await client.query(`SET search_path TO ${url.searchParams.get("schema")}`);
    }
    if (url.username || url.password) {
      url.username = "******";
      url.password = "";
    }
    console.log(`connecting to database:`, chalk.yellow(url.toString()));
  } catch (err) {
    console.error(err);
  }

  return client;
};

export default database;
