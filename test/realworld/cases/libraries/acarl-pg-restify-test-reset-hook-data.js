// Source: acarl/pg-restify — test/helper-for-hooks.js at 644aaeb (resetData), reduced by hand, not copied
// Label: safe
// Why: the hooks test checks a client out of the pgRestify instance's `pool` and calls done() first thing in the DELETE's callback, before handing the error on
var pgRestify = require("../lib/index");
var helper = require("./helper");

function resetData(next) {
  helper.pgRestifyInstance.hooks = new pgRestify.Hooks();

  helper.pgRestifyInstance.pool.connect(function (err, client, done) {
    if (err) return next(err);

    client.query("delete from user_alert_messages_for_hooks;", [], function (err) {
      done();
      next(err);
    });
  });
}

module.exports = { resetData: resetData };
