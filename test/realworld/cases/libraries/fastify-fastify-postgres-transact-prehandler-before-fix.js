// Source: fastify/fastify-postgres — index.js at 8a5d70e (the onRoute preHandler for `pg: { transact }`, before PR #105 fixed the leaks reported in issue #88), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the "reserved keyword" and "already registered" checks throw after connect() and before the client is put on the request; nothing releases it
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
          req.pg = {};
        }
        if (client[name]) {
          throw new Error(`pg client '${name}' is a reserved keyword`);
        } else if (req.pg[name]) {
          throw new Error(`request client '${name}' has already been registered`);
        }
        req.pg[name] = client;
      } else {
        if (req.pg) {
          throw new Error("request client has already been registered");
        } else {
          req.pg = client;
        }
      }
      client.query("BEGIN");
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
