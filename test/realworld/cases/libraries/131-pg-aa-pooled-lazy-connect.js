// Source: 131/pg-aa — index.js at e3dd186 (PG#connect, 2017-12-01, pg ^6.1.0), reduced by hand, not copied
// Label: hand-over
// Why: the wrapper checks out lazily from the pool it was built on (`PG.pooled(conf)` passes a pg 6 Pool as `_src`) and keeps the client on the instance; `close()` releases it; two calls racing before the first store would each check out and the second store would orphan the first client, but that is the caller's concurrency, not a path of this method
"use strict";

const Pg = require("pg");
const Event = require("events").EventEmitter;

class PG extends Event {
  constructor(src, fromPool) {
    super();
    this._lnk = null;
    this._isPooled = !!fromPool;
    this._src = src;
  }

  async connect() {
    if (this._lnk) return this._lnk;

    // (the branch that connects a dedicated pg.Client when the wrapper was not built on a pool is left out)
    var lnk = await this._src.connect();

    this._lnk = lnk;
    lnk.on("notification", this.emit.bind(this, "notification"));
    return lnk;
  }

  close(closePool) {
    if (this._lnk) {
      this._lnk.removeAllListeners("notification");
      this._lnk.release();
      this._lnk = null;
    }
    if (this._isPooled && closePool) return this._src.close();
  }

  static pooled(conString) {
    return new PG(new Pg.Pool(conString), true);
  }
}

module.exports = PG;
