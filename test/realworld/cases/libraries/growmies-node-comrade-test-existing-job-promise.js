// Source: Growmies/node-comrade — test/index.js at ec072f7 ("Should be able to attach to an existing job's promise"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test checks a client out of pg's default pool to look up a job id; its callback takes no `done` and nothing releases the client (the mocha `done` ends the test, not the checkout), so it stays out of the pool
var pg = require("pg");
var expect = require("chai").expect;
var comrade = require("../index");

describe("comrade", function () {
  var Producer = new comrade.Producer("postgres://localhost/postgres");

  it("Should be able to attach to an existing job's promise", function (done) {
    pg.connect("postgres://localhost/postgres", function (err, client) {
      if (err) return done(err);

      Producer.createJob("existingJobTest", { input: 5 }).then(function (result) {
        expect(result).to.equal(10);
      });

      setTimeout(function () {
        client.query("SELECT id FROM jobs ORDER BY id LIMIT 1", null, function (err, results) {
          Producer.getJobPromiseById(results.rows[0].id).then(function (results) {
            expect(results).to.equal(10);
            done();
          });
        });
      }, 50);
    });
  });
});
