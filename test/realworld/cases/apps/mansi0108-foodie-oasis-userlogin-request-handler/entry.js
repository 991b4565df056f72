// Source: MANSI0108/foodie-oasis — userlogin/helper.js (getRequestHandler), reduced by hand, not copied
// Label: safe
// Why: the same wrapper with a log line between the checkout and the store on `request.client`; the controller runs inside a try whose finally releases the client
const pool = require("./db.config");

const getRequestHandler = (fn) => async (request, response, next) => {
  const client = await pool.connect();
  console.log("user Database Connected");
  request.client = client;

  try {
    await fn(request, response, next);
  } catch (error) {
    next(error);
  } finally {
    client.release();
  }
};

module.exports = { getRequestHandler };
