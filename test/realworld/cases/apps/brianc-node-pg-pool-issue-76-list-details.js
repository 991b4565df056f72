// Source: https://github.com/brianc/node-pg-pool/issues/76 (the reporter's listDetails route), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the query's then releases first and its catch releases too; the reporter's "Release called on client which has already been released" is the catch releasing a second time after a typo threw in the then (a double release, labelled like the corpus's other double releases; no client is leaked)
var Pool = require("pg").Pool;

var pool = new Pool(require("./config"));

function listDetails(req, res) {
  var userId = req.params.userId;
  pool.connect().then(function (client) {
    client
      .query("SELECT game_id, record_id FROM details WHERE user_id = $1", [userId])
      .then(function (ressult) {
        client.release();
        var data = result.rows;
        var details = [];
        for (var i = 0; i < data.length; i++) {
          details.push({ game_id: data[i].game_id, record_id: data[i].record_id });
        }
        res.json({ details: details });
      })
      .catch(function (e) {
        client.release();
        console.error("query error", e.message, e.stack);
      });
  });
}

module.exports = { listDetails };
