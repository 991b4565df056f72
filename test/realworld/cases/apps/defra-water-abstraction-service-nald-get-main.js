// Source: DEFRA/water-abstraction-service — src/lib/nald.js at 4ce5fb86d (getMain), reduced by hand, not copied
// Label: leak
// Why: the checkout is assigned to an undeclared (implicit global) `client` and the awaited query before `client.release()` is not in a try
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const getMain = async (licenceNo) => {
  client = await pool.connect();
  const res = await client.query('SELECT * FROM import."LICENCES" WHERE "LIC_NO" = $1', [licenceNo]);
  client.release();
  return res.rows;
};

module.exports = { getMain };
