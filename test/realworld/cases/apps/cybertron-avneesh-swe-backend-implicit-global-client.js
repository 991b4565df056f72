// Source: Cybertron-Avneesh/SWE-backend — utils/db.js (Client), reduced by hand, not copied
// Label: hand-over
// Why: the helper assigns the checkout to an undeclared (global) name and returns it; callers release it
const { pool } = require("./config.js");

exports.Client = async function () {
  try {
    client = await pool.connect();
    return client;
  } catch (err) {
    return res.status(503).end("Server Error, please try again after some time");
  }
};
