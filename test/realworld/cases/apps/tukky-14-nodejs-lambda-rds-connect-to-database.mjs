// Source: tukky-14/nodejs-lambda-rds — index.mjs (connectToDatabase), reduced by hand, not copied
// Label: safe
// Why: the Lambda keeps one `pg.Client` in a module variable, connects it on the first invocation and reuses it while the container is warm, on purpose never ending it; a standalone Client, no pool checkout
import pkg from "pg";
const { Client } = pkg;

let client;

const connectToDatabase = async () => {
  if (!client) {
    client = new Client({
      user: process.env.DB_USER,
      host: process.env.DB_HOST,
      database: process.env.DB_NAME,
      password: process.env.DB_PASSWORD,
      port: 5432,
    });
    await client.connect();
  }
  return client;
};

export const handler = async (event) => {
  try {
    const db = await connectToDatabase();
    const res = await db.query("SELECT NOW()");
    return res.rows[0];
  } catch (err) {
    console.error("database error", err);
    throw err;
  }
};
