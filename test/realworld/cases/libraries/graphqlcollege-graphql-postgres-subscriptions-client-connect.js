// Source: GraphQLCollege/graphql-postgres-subscriptions — postgres-pubsub.js at 46113aa (the PostgresPubSub constructor), reduced by hand, not copied
// Label: safe
// Why: the GraphQL subscriptions PubSub connects a dedicated `new Client(pgOptions)` (no pool) when the caller passes none, un-awaited, and keeps it on the instance for pg-ipc's LISTEN for the PubSub's life; there is no pool checkout to release
const { PubSub } = require("graphql-subscriptions");
const pgIPC = require("pg-ipc");
const { Client } = require("pg");

class PostgresPubSub extends PubSub {
  constructor(options = {}) {
    const { commonMessageHandler, client, ...pgOptions } = options;
    super();
    this.client = client || new Client(pgOptions);
    if (!client) {
      this.client.connect();
    }
    this.ee = new pgIPC(this.client);
    this.subscriptions = {};
    this.subIdCounter = 0;
    this.commonMessageHandler = commonMessageHandler || ((message) => message);
  }

  publish(triggerName, payload) {
    this.ee.notify(triggerName, payload);
    return true;
  }
}

module.exports = { PostgresPubSub };
