// Source: DanielZambelli/pg-queuejs — channels.js (Channels), reduced by hand, not copied
// Label: safe
// Why: the queue's pg-listen subscriber is connected from the constructor and closed on process exit; no pool checkout
const createSubscriber = require("pg-listen");

class Channels {
  client = null;

  constructor(pgDbUrl) {
    this.client = createSubscriber({ connectionString: pgDbUrl });
    this.open().then(() => {
      process.on("exit", this.client.close);
    });
  }

  // named `connect` in the source
  open() {
    return this.client.connect();
  }

  close() {
    return this.client.close();
  }

  listenTo(channel, callback) {
    this.client.notifications.on(channel, callback);
    return this.client.listenTo(channel);
  }
}

module.exports = Channels;
