// Source: chok-di/found-next-amplify — amplify/backend/function/foundtrips/src/index.js (handler), reduced by hand, not copied
// Label: safe
// Why: an Amplify Lambda makes a dedicated `pg.Client` per invocation, connects it before the try and ends it in the finally; a standalone Client, no pool checkout
import { Client } from "pg";

exports.handler = async (event) => {
  const client = new Client({
    host: process.env.RDS_HOSTNAME,
    port: process.env.RDS_PORT,
    user: process.env.RDS_USERNAME,
    password: process.env.RDS_PASSWORD,
    database: process.env.RDS_DB_NAME,
  });

  await client.connect();

  let res;
  try {
    res = await client.query("SELECT * FROM trips");
    console.log(res.rows);
  } catch (err) {
    console.error(err);
  } finally {
    await client.end();
  }

  return { statusCode: 200, body: JSON.stringify(res.rows) };
};
