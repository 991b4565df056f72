// Source: fastify/fastify-postgres — index.js (the onRoute preHandler for `pg: { transact }`), reduced by hand, not copied
// Label: hand-over
// Why: the client is put on `req.pg` (or `req.pg[name]`) before BEGIN; the route's onError/onSend hooks roll back or commit and release it; the early exits release it first
"use strict";

const pg = require("pg");

function registerTransactHooks(fastify, options, name) {
  const pool = new pg.Pool(options);

  fastify.addHook("onRoute", (routeOptions) => {
    if (!routeOptions.pg || !routeOptions.pg.transact) return;

    routeOptions.preHandler = async (req) => {
      const client = await pool.connect();
      if (name) {
        if (!req.pg) {
          req.pg = Object.create(null);
        }
        if (req.pg[name]) {
          client.release();
          throw new Error(`request client '${name}' is already registered`);
        }
        req.pg[name] = client;
      } else {
        if (req.pg) {
          client.release();
          throw new Error("a request client is already registered");
        }
        req.pg = client;
      }
      await client.query("BEGIN");
    };

    const requestClient = (req) => (name ? req.pg[name] : req.pg);

    routeOptions.onError = (req, _reply, _error, done) => {
      requestClient(req).query("ROLLBACK", done);
    };

    routeOptions.onSend = async (req) => {
      const client = requestClient(req);
      try {
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    };
  });
}

module.exports = registerTransactHooks;
