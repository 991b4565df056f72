// Source: Perceptive-Peanut/reviews — server/model.js at f506d0c (postReviews), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `.then` callback names the checked-out client `results` and queries through a `client` that is not in scope; the ReferenceError lands in the `.catch`, whose `client.release()` throws again, so the checkout is never released
const { pool } = require("./db.js");

module.exports = {
  postReviews: ({ product_id, rating, body, photos }) => {
    const text = "INSERT INTO reviews(product_id, rating, body) VALUES($1, $2, $3) RETURNING id AS review_id";
    const values = [product_id, rating, body || null];

    return pool.connect()
      .then((results) => {
        return client.query(text, values);
      })
      .then((results) => {
        const review_id = results.rows[0].review_id;
        const queries = [];
        if (photos && photos.length !== 0) {
          queries.push(client.query("INSERT INTO photos(review_id, url) VALUES ($1, $2)", [review_id, photos[0]]));
        }
        return Promise.all(queries);
      })
      .catch((err) => {
        console.error(err);
        client.release();
      });
  },
};
