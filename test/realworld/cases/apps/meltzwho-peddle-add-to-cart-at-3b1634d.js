// Source: meltzwho/Peddle — server/models/cartModel.js at 3b1634d "fix: no duplicate cart listings + correct quantity selections" (addToCart), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the duplicate check puts a SELECT in front whose promise is neither returned nor given a catch: when it fails neither inner query runs and the client is never released; the INSERT and UPDATE branches release in both handlers
const db = require("../../db/index.js").pool;

module.exports = {
  addToCart: (listingId, userId, quantity) => {
    return db
      .connect()
      .then((client) => {
        client
          .query("SELECT * FROM cart_line_item WHERE id_listing = $1", [listingId])
          .then((results) => {
            if (results.rows.length === 0) {
              const sqlQuery = "INSERT INTO cart_line_item (id_listing, id_user, quantity) VALUES ($1, $2, $3)";
              return client
                .query(sqlQuery, [listingId, userId, quantity])
                .then(() => {
                  client.release();
                })
                .catch(() => {
                  client.release();
                });
            } else {
              const total = Number(results.rows[0].quantity) + Number(quantity);
              return client
                .query("UPDATE cart_line_item SET quantity = $1 WHERE id_listing = $2", [total, listingId])
                .then((res) => {
                  client.release();
                  return res.rows;
                })
                .catch(() => {
                  client.release();
                });
            }
          });
      })
      .catch((e) => {
        console.error("[model] error getting pool connection", e);
      });
  },
};
