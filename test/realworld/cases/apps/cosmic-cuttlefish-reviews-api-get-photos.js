// Source: cosmic-cuttlefish/reviews-api — server/models/photos.js (getPhotos), reduced by hand, not copied
// Label: safe
// Why: the empty-list return comes before connect(); the query's rethrowing catch and the finally's release cover the rest
const pool = require("./connect");

module.exports = {
  getPhotos: async function getPhotos(ids) {
    if (ids.length === 0) {
      return [];
    }
    const client = await pool.connect();
    let res;
    try {
      res = await client.query(`SELECT * FROM review_photo WHERE review_id in (${ids.join(",")});`);
    } catch (err) {
      throw err;
    } finally {
      client.release();
    }
    return res.rows;
  },
};
