// Source: DAppBoard/dappboard-web — api/helpers/db/getdb.js at eff6076 (the `db.getdb` Sails helper), reduced by hand, not copied
// Label: hand-over
// Why: a Sails helper's `fn` checks a client out of its module's pg pool and hands it to `exits.success(c)`, which resolves `await sails.helpers.db.getdb()` to it; the caller (the `db.execute` helper) owns and releases it
var pg = require("pg");

var pool = new pg.Pool({
  host: process.env.DAPPBOARD_PSQL_HOST,
  database: process.env.DAPPBOARD_PSQL_DB,
  ssl: true,
  max: 100,
});

module.exports = {
  friendlyName: "Get db",
  description: "Return a client from the pool.",

  inputs: {},

  fn: async function (inputs, exits) {
    var c = await pool.connect();
    return exits.success(c);
  },
};
