// Source: meltzwho/Peddle — server/models/cartModel.js before 3b1634d "fix: no duplicate cart listings + correct quantity selections" (addToCart), reduced by hand, not copied
// Label: safe
// Why: the one INSERT's promise is returned, and both its fulfilment and its rejection handler release the client
const db = require("../../db/index.js").pool;

module.exports = {
  addToCart: (listingId, userId, quantity) => {
    return db
      .connect()
      .then((client) => {
        const sqlQuery = "INSERT INTO cart_line_item (id_listing, id_user, quantity) VALUES ($1, $2, $3)";
        return client
          .query(sqlQuery, [listingId, userId, quantity])
          .then(() => {
            client.release();
          })
          .catch(() => {
            client.release();
          });
      })
      .catch((e) => {
        console.error("[model] error getting pool connection", e);
      });
  },
};
