// Source: garvit3835/SIH — backend/DB/hospitals/get_doctors.js at 34afbf0 "db fixes" (get_doctors), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release follows the awaited SELECT inside the try; a failed query lands in the catch, which only logs, so the client stays checked out (the "db fixes" commit changed the query and left the release where it was)
const pool = require("../../config/connect_db");

const get_doctors = async (h_id) => {
  const query = "SELECT * FROM doctors WHERE hospital = $1";
  try {
    const client = await pool.connect();
    const result = await client.query(query, [h_id]);
    client.release();
    console.log(result.rows);
    return result.rows;
  } catch (error) {
    console.error(error);
  }
};

get_doctors(1);

module.exports = get_doctors;
