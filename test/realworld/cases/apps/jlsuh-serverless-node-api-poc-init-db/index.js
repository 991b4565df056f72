// The project's db module (src/db/index.js): one pool, a query helper and getClient(), which checks a client out.
import pkg from "pg";
const { Pool } = pkg;

const pool = new Pool({
  database: process.env.POSTGRES_DB,
  host: process.env.POSTGRES_HOST,
  password: process.env.POSTGRES_PASSWORD,
  port: process.env.POSTGRES_HOST_PORT,
  user: process.env.POSTGRES_USER,
});

const query = (text, params, callback) => pool.query(text, params, callback);

const getClient = () => pool.connect();

export { getClient, query };
