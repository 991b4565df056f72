// Source: MANSI0108/foodie-oasis — order/helper.js (getRequestHandler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the order service's route wrapper checks out a client for every request and lends it to the controller on `request.client`, but unlike the payment, restaurant and userlogin copies it has no finally and nothing in order/ releases `req.client`: every cart and order request keeps one pooled client
const { createClient } = require("redis");
const pool = require("./db.config");

const client = createClient().on("error", (err) => {
  throw err;
});

const getRequestHandler = (fn) => async (request, response, next) => {
  const dbClient = await pool.connect();
  request.client = dbClient;
  try {
    await fn(request, response, next);
  } catch (error) {
    next(error);
  }
};

module.exports = { client, getRequestHandler };
