// Source: nearform/fastify-pg-pubsub — index.js (the plugin function), reduced by hand, not copied
// Label: hand-over
// Why: the client from `fastify.pg.connect()` is kept by the decorated PubSub object for LISTEN; the onClose hook releases it
"use strict";

const fp = require("fastify-plugin");

class PubSub {
  constructor(client) {
    this.client = client;
  }
  async subscribe(channel) {
    await this.client.query(`LISTEN "${channel}"`);
  }
}

module.exports = fp(async function (fastify) {
  const client = await fastify.pg.connect();
  fastify.decorate("pubsub", new PubSub(client));
  fastify.addHook("onClose", () => {
    client.release();
  });
});
