// Source: doron2402/hapi-postgres-pool — examples/live_example.js (the '/' route handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the handler checks a client out of the plugin's pool, replies with the query's rows or error, and never releases it
"use strict";

const Hapi = require("hapi");

const server = new Hapi.Server();
server.connection({ port: 3000, host: "localhost" });

server.register({ register: require("hapi-postgres-pool"), options: { default: "first", connections: [{ key: "first", connectionString: process.env.PG_FIRST }] } }, (err) => {
  if (err) {
    console.error("Failed to load plugin:", err);
  }
});

server.route({
  method: "GET",
  path: "/",
  handler: function (request, reply) {
    request.server.plugins["hapi-postgres-pool"].pg.first
      .connect()
      .then((client) => {
        client
          .query("select * from pg_stat_activity limit 1;")
          .then((res) => {
            reply(res.rows);
          })
          .catch((err) => {
            reply(err);
          });
      })
      .catch((err) => {
        reply(err);
      });
  },
});
