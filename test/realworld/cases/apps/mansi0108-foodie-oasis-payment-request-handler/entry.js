// Source: MANSI0108/foodie-oasis — payment/helper.js (getRequestHandler), reduced by hand, not copied
// Label: safe
// Why: the route wrapper lends the checkout to the controller on `request.client` and awaits it inside try/catch/finally; the finally releases it whether the controller resolves, throws, or the catch's `next(error)` throws
const pool = require("./db.config");

const getRequestHandler = (fn) => async (request, response, next) => {
  const client = await pool.connect();
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
