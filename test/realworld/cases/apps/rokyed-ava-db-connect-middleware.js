// Source: rokyed/ava — middlewares/db.js (dbConnect), reduced by hand, not copied
// Label: hand-over
// Why: the checkout goes to an outer `let client = null` inside try; the log call after it may throw into the catch, but control then reaches `if (client)`, which stores it on `req` and releases it on the response's 'finish'
const utils = require("../utils.js");
const { Pool } = require("pg");

const POOL = new Pool({ max: Number(process.env.POOL_SIZE || 1) });

POOL.on("error", (e) => {
  utils.error(e);
});

module.exports = {
  dbConnect: async (req, res, next) => {
    let client = null;
    try {
      client = await POOL.connect();
      utils.log("DB: connection created");
    } catch (e) {
      next(new Error("DB: failed to connect to database"));
    }
    if (client) {
      req.db_client = client;
      res.on("finish", () => {
        req.db_client.release(true);
        utils.log("DB: connection released on finish");
      });
      next();
    }
  },
};
