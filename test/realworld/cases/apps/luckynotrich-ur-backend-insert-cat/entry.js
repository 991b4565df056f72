// Source: Luckynotrich/ur-backend — routes/db/insert-cat-db.js (insertCat), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the INSERT's callback returns the new id on the line before `release()`, so the release is dead code and every call keeps a client
const db = require("./fs_pool.js");

const pool = db.getPool();

const insertCat = async (category) => {
  pool.connect((err, client, release) => {
    if (err) {
      return console.error("Error acquiring client", err.stack);
    }
    let id = 0;
    client.query("INSERT INTO category(userid, cat_name) values($1, $2) returning id;", [category.userId, category.name], async (err, result) => {
      id = await result.rows[0].id;
      console.log("insertCat id = ", id);
      return id;
      release();
      if (err) {
        return console.error("Error executing query", err.stack);
      }
    });
  });
};

module.exports = { insertCat };
