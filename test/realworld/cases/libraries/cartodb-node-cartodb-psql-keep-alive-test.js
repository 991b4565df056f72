// Source: CartoDB/node-cartodb-psql — test/integration/psql.test.js ('keep-alive is disabled by default'), reduced by hand, not copied
// Label: safe
// Why: the test releases first (`close()`) and then only reads a connection setting (`client.connectionParameters.keepAlive`), which sends nothing on the connection
var assert = require("assert");
var PSQL = require("../../lib/psql");

describe("client gets keep-alive config", function () {
  it("keep-alive is disabled by default", function (done) {
    var psql = new PSQL({ dbname: "cartodb_test" });
    psql.connect(function (err, client, close) {
      if (err) {
        return done(err);
      }
      close();
      assert.equal(client.connectionParameters.keepAlive, false);
      done();
    });
  });
});
