// Source: dailymuse/bluefin-link — src/pg.js (PgStrategy#connect) and src/index.js (Link#connect), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned from promise-retry's attempt into `Promise.join(idvow, cvow, …)`, whose Bluebird `.disposer` releases `_client`; Link#connect (src/index.js) runs every use through `Promise.using(disposer, fn)`, which calls the disposer however fn settles (the paths around it — `crypto.randomBytes` failing in genId, a logger throwing in the join handler — are outside what the corpus counts)
"use strict";

const crypto = require("crypto");
const Promise = require("bluebird");
const pg = require("pg");
const pretry = require("promise-retry");

const pools = {};

class PgStrategy {
  constructor(options) {
    this.options = options;
  }

  genId() {
    return Promise.fromCallback((cb) => crypto.randomBytes(3, cb)).then((buf) => buf.toString("hex"));
  }

  getPool(log) {
    const key = JSON.stringify(this.options);
    if (key in pools) return pools[key];
    const p = new pg.Pool(Object.assign({ connectionTimeoutMillis: 30000, Promise }, this.options));
    p.on("error", (e) => log.error(e));
    pools[key] = p;
    return p;
  }

  connect(log) {
    let txnEnd;
    const failures = [];
    const idvow = this.genId();
    const pool = this.getPool(log);
    const dimensions = { host: this.options.host };
    const connectEnd = log.begin("pg.connect.duration");
    const retryOpts = Object.assign({ randomize: true, maxTimeout: 8000 }, this.options);

    const cvow = pretry(retryOpts, (retry) => {
      log.debug("connecting");
      return pool.connect().catch((err) => {
        failures.push(err.message);
        retry(err);
      });
    }).catch((err) => {
      log.fail("Failed to connect to database", err, { attempts: failures.length });
      throw err;
    });

    return Promise.join(idvow, cvow, (_id, _client) => {
      const ms = connectEnd(dimensions) * 1e-3;
      log.debug("connected", { id: _id, ms });
      txnEnd = log.begin("pg.connection.duration");
      return { _id, _client, _log: log };
    }).disposer((connection) => {
      txnEnd(dimensions);
      connection._client.release();
      connection._log.debug("disconnected", { id: connection._id });
    });
  }
}

module.exports = PgStrategy;
