// Source: Vagz1216/whatsaap-bot — src/db/pg.js at 53cfc60 (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the db module's transaction helper records each client's last query by patching `client.query`, patches `client.release` to undo both patches before the real release, and returns the client to its caller, who owns it (the repository has no caller yet)
import pg from "pg";

const { Pool } = pg;

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const getClient = async () => {
  const client = await pool.connect();
  const query = client.query.bind(client);
  const release = client.release.bind(client);

  client.query = (...args) => {
    client.lastQuery = args;
    return query(...args);
  };

  client.release = () => {
    client.query = query;
    client.release = release;
    return release();
  };

  return client;
};

export { pool };
