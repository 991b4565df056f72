// Source: chilts/koa-pg — index.js at fd60a31 (koaPg, last commit 2016-09, co-pg over pg of that time), reduced by hand, not copied
// Label: safe
// Why: a Koa 1 generator middleware yields co-pg's promised `pg.connect`, keeps `{ client, done }` on the context, and wraps `yield next` in a try whose catch calls done(e) (destroying the client) and rethrows; the way back up calls done(); nothing between the checkout and the try can throw
var pg = require("co-pg")(require("pg"));

module.exports = function (opts) {
  "use strict";
  if (typeof opts === "string") {
    opts = { pg: opts };
  }
  opts.name = opts.name || "db";

  return function* koaPg(next) {
    this.pg = this.pg || {};

    var connectionResults = yield pg.connectPromise(opts.pg);

    this.pg[opts.name] = {
      client: connectionResults[0],
      done: connectionResults[1],
    };

    try {
      yield next;
    } catch (e) {
      this.pg[opts.name].done(e);
      delete this.pg[opts.name];
      throw e;
    }

    this.pg[opts.name].done();
    delete this.pg[opts.name];
  };
};
