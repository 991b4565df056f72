// Source: mahmoudalnkeeb/students-services — models/Review.js (acceptReview), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: when the UPDATE fails the catch releases and the finally releases again: pg throws "Release called on client which has already been released" from the finally, replacing the error being thrown
const pool = require("./db");

async function acceptReview(id) {
  let client = await pool.connect();
  try {
    let sql = "UPDATE reviews SET is_accepted = TRUE WHERE id = $1 RETURNING is_accepted";
    let query = await client.query(sql, [id]);
    return query.rows[0];
  } catch (error) {
    client.release();
    throw new Error(`updating review failed \n ${error}`, { cause: error });
  } finally {
    client.release();
  }
}

module.exports = { acceptReview };
