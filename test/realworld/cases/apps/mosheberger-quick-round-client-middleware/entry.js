// Source: MosheBerger/quick-round — server/middlewares/clientManager.js (connect, close), reduced by hand, not copied
// Label: hand-over
// Why: the middleware stores the client on `req.client`; a later `close` middleware releases it
const pool = require("./pool");

const clientManager = {
  open: async (req, res, next) => {
    req.client = await pool.connect();
    console.log("db client checked out");
    next();
  },
  close: async (req) => {
    req.client?.release?.();
  },
};

module.exports = clientManager;
