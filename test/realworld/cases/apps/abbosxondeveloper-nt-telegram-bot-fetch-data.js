// Source: AbbosxonDeveloper/nt-telegram-bot — src/utils/postgres.js at e6f006ac (fetchData), reduced by hand, not copied
// Label: safe
// Why: a node-telegram-bot-api bot's only query helper runs the query in a try whose catch logs (answering undefined) and whose finally releases
import pg from "pg";
import { config } from "dotenv";

const { Pool } = pg;
config();

const pool = new Pool({
  connectionString: process.env.CONNECTIONSTRING || "postgres://postgres@localhost:5432/telegrambot",
});

export const fetchData = async (SQL, ...params) => {
  const client = await pool.connect();
  try {
    const { rows } = await client.query(SQL, params.length ? params : null);
    return rows;
  } catch (error) {
    console.log(error);
  } finally {
    client.release();
  }
};
