// Source: Perceptive-Peanut/reviews — server/model.js at f506d0c (getAllReviews), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Hack Reactor capstone's model returns the query's promise from the `.then` callback and calls `client.release()` after the `return`, where it never runs; the `.catch`'s release names a `client` that is not in scope; addHelpful and addReport repeat the shape (the file starts with `/* eslint-disable */`, which hid every finding from the team's own lint)
const { pool } = require("./db.js");

module.exports = {
  getAllReviews: (productId, count, sort) => {
    count = count || 5;
    const text = sort === "newest"
      ? "SELECT * FROM reviews WHERE product_id = $1 AND reported = false ORDER BY date DESC LIMIT $2"
      : "SELECT * FROM reviews WHERE product_id = $1 AND reported = false ORDER BY helpfulness LIMIT $2";
    const values = [productId, count];
    return pool.connect()
      .then((client) => {
        return client.query(text, values);
        client.release();
      })
      .catch((err) => {
        console.error(err);
        client.release();
      });
  },
};
