// Source: brianc/node-postgres — packages/pg-pool/test/events.js ('emits connect before callback'), reduced by hand, not copied
// Label: safe
// Why: after release() the test only compares the client object with the one the 'connect' event gave; comparing a reference sends nothing on the connection
const expect = require("expect.js");
const Pool = require("../");

describe("events", () => {
  it("emits connect before callback", (done) => {
    const pool = new Pool();
    let emittedClient = false;
    pool.on("connect", (client) => {
      emittedClient = client;
    });

    pool.connect((err, client, release) => {
      if (err) return done(err);
      release();
      pool.end();
      expect(client).to.be(emittedClient);
      done();
    });
  });
});
