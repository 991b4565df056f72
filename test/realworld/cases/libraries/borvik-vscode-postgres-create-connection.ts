// Source: Borvik/vscode-postgres — src/common/database.ts (Database.createConnection), reduced by hand, not copied
// Label: safe
// Why: the extension connects a dedicated `pg.Client` (its own subclass), reads the server version and returns it to the caller, who ends it; no pool checkout
import { Client } from "pg";

class PgClient extends Client {
  pg_version?: number;
}

export async function createConnection(connection: { host: string; database: string }, dbname?: string): Promise<PgClient> {
  const connectionOptions: any = Object.assign({}, connection);
  connectionOptions.database = dbname ? dbname : connection.database;
  let client = new PgClient(connectionOptions);
  await client.connect();
  const versionRes = await client.query(`SELECT current_setting('server_version_num') as ver_num;`);
  client.pg_version = parseInt(versionRes.rows[0].ver_num);
  return client;
}
