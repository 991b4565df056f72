// Source: jlsuh/serverless-node-api-poc — src/db/initDb.js (handler), reduced by hand, not copied
// Label: safe
// Why: a Serverless Framework Lambda checks a client out through getClient() (./index), rebuilds the schema in a transaction, rolls back in the catch and releases in the finally
import { getClient } from "./index.js";

const SCHEMA = process.env.POSTGRES_SCHEMA_NAME;

export async function handler() {
  const client = await getClient();
  try {
    await client.query("BEGIN");
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.query(`CREATE SCHEMA ${SCHEMA}`);
    await createUsers(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

const createUsers = async (client) => {
  await client.query(`CREATE TABLE ${SCHEMA}."user" (id SERIAL PRIMARY KEY, username VARCHAR(100) NOT NULL)`);
};
