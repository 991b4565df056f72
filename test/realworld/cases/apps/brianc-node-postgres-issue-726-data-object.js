// Source: https://github.com/brianc/node-postgres/issues/726 (the reporter's DataObject), reduced by hand, not copied
// Label: hand-over
// Why: the constructor's checkout stores the client and its done on the object, whose add_data releases it (after the first insert — the reporter's bug is reusing it after that, not a lost client)
var pg = require("pg");

function DataObject(config, success, error) {
  var conString = "postgres://" + config.username + "@" + config.server + "/" + config.database;
  var self = this;
  pg.connect(conString, function (_error, client, done) {
    if (_error) {
      error();
    } else {
      self.client = client;
      self.done = done;
      success();
    }
  });
}

DataObject.prototype.add_data = function (data, success, error) {
  var self = this;
  this.client.query("INSERT INTO sample (data) VALUES ($1)", [data], function (_error, result) {
    self.done();
    success();
  });
};

module.exports = DataObject;
