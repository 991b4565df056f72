// Source: do-/dia.js — DB/Pool/postgresql.js (acquire, release), reduced by hand, not copied
// Label: hand-over
// Why: the raw checkout goes straight into the wrapper's constructor, which is returned to the framework; the pool's release(client) gives it back
const pg = require("pg");
const Wrapper = require("../Client/postgresql.js");

module.exports = class PgPool {
  constructor(options) {
    this.options = options;
    this.backend = new pg.Pool(options);
  }

  inject(wrapped, o) {
    wrapped.logMeta = { ...(o.logMeta || {}), category: "db" };
    wrapped.pool = this;
    return wrapped;
  }

  async acquire(o = {}) {
    const raw = await this.backend.connect();
    return this.inject(new Wrapper(raw), o);
  }

  async release(wrapped) {
    return wrapped.release();
  }
};
