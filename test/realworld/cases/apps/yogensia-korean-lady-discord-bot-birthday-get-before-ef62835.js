// Source: yogensia/korean-lady-discord-bot — src/utils/pg.js at ef62835^ (birthdayGet), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the query is started and `pg.release()` runs on the next line, so the client goes back to the pool while its SELECT is still running on it (ef62835 moved the same shape into a shared `runQuery`)
const { Pool } = require("pg");

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});

const birthdayGet = (userid) => {
  return new Promise((resolve, reject) => {
    pool
      .connect()
      .then((pg) => {
        const query = "SELECT birthday FROM birthdays WHERE userid = $1;";
        const values = [userid];

        pg.query(query, values)
          .then((res) => resolve(res.rows[0]))
          .catch((err) => new Error(err));

        pg.release();
      })
      .catch((err) => {
        reject(new Error(err));
      });
  });
};

module.exports = { birthdayGet };
