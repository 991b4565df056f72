// Source: aldis-ameriks/pg-notify — src/pg-notify.js (PGPubSub._setupClient), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN connection is a standalone Client kept on the instance (`this.client`) for the pub/sub's lifetime; close() ends it
const pg = require("pg");

class PGPubSub {
  constructor(opts) {
    this.opts = opts;
    this.handlers = new Map();
  }

  async _setupClient() {
    this.client = new pg.Client(this.opts);
    await this.client.connect();
    this.client.on("notification", (message) => {
      const handler = this.handlers.get(message.channel);
      if (handler) handler(JSON.parse(message.payload));
    });
    this.client.on("error", () => this._reconnect());
  }

  async _reconnect() {
    await this.close();
    await this._setupClient();
  }

  async close() {
    await this.client.end();
  }
}

module.exports = PGPubSub;
