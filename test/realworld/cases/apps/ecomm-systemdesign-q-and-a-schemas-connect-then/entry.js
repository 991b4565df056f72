// Source: Ecomm-SystemDesign/Q-and-A — database/schemas.js at 02236e5, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the capstone's schema script checks a client out with `db.connect().then(() => …)`, ignores it and creates the tables through the pool; the checked-out client is never released
const { db } = require("./db2");

db.connect()
  .then(() => {
    db.query(`CREATE TABLE IF NOT EXISTS questions ("question_id" serial PRIMARY KEY, "product_id" INTEGER)`)
      .then(() => {
        db.query(`CREATE TABLE IF NOT EXISTS answers ("answer_id" serial PRIMARY KEY, "question_id" INTEGER)`)
          .catch((err) => {
            throw Error(err);
          });
      });
  })
  .catch((err) => {
    throw Error(err);
  });
