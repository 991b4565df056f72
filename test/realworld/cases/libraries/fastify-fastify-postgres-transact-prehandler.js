// Source: fastify/fastify-postgres — index.js (the onRoute preHandler for `pg: { transact }`), reduced by hand, not copied
// Label: hand-over
// Why: the client is put on `req.pg` before BEGIN; the route's onError/onSend hooks roll back or commit and release it
"use strict";

const pg = require("pg");

function registerTransactHooks(fastify, options) {
  const pool = new pg.Pool(options);

  fastify.addHook("onRoute", (routeOptions) => {
    if (!routeOptions.pg || !routeOptions.pg.transact) return;

    routeOptions.preHandler = async (req) => {
      const client = await pool.connect();
      if (req.pg) {
        client.release();
        throw new Error("a request client is already registered");
      }
      req.pg = client;
      await client.query("BEGIN");
    };

    routeOptions.onError = (req, _reply, _error, done) => {
      req.pg.query("ROLLBACK", done);
    };

    routeOptions.onSend = async (req) => {
      try {
        await req.pg.query("COMMIT");
      } finally {
        req.pg.release();
      }
    };
  });
}

module.exports = registerTransactHooks;
