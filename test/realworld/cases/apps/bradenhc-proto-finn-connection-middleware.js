// Source: bradenhc-proto/finn — src/data-access/connection-middleware.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Koa middleware parks the client on `ctx` and awaits `next()`, but neither it nor anything downstream ever releases `ctx.dbconn`: every request keeps one client
const pg = require("pg");

module.exports = (config) => {
  const pool = new pg.Pool(config);
  return async function (ctx, next) {
    ctx.dbconn = await pool.connect();
    await next();
  };
};
