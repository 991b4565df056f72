// Source: cosmic-cuttlefish/reviews-api — server/models/photos.js (addPhotos), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `urls.map(…)` runs between connect() and the try; a request without a urls array throws a TypeError there and the finally never runs
const pool = require("./connect");
const table = "review_photo";

module.exports = {
  addPhotos: async function addPhotos(id, urls) {
    const client = await pool.connect();
    let values = urls.map((url) => `(${id}, '${url}')`).join(", ");
    let res;
    try {
      res = await client.query(`INSERT INTO ${table} (review_id, url) VALUES ${values};`);
    } catch (err) {
      throw err;
    } finally {
      client.release();
    }
    return res.rows;
  },
};
