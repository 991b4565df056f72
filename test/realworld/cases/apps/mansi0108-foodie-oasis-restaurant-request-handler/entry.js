// Source: MANSI0108/foodie-oasis — restaurant/helper.js (getRequestHandler, isOwner), reduced by hand, not copied
// Label: safe
// Why: the restaurant service's wrapper beside its `isOwner` middleware: the controller gets the client on `request.client` and the finally releases it on every path
const pool = require("./db.config");

const isOwner = async (req, res, next) => {
  const role = req.user.role;
  if (role != "owner") {
    const err = new Error("You Are Not a Owner");
    err.statusCode = 401;
    next(err);
  }
  next();
};

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

module.exports = { isOwner, getRequestHandler };
