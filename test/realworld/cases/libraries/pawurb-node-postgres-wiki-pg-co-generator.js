// Source: pawurb/node-postgres-wiki — pg.md at 012ed10 (the pool example "if you use something like co": a generator that yields the promises), reduced by hand, not copied
// Label: safe
// Why: inside the co generator the whole transaction sits in the try, which ends with `client.release()`; any rejected step lands in the catch, which destroys the client with `client.release(true)`
var co = require("co");
var Pool = require("pg").Pool;

var pool = new Pool();

co(function* () {
  var client = yield pool.connect();
  try {
    yield client.query("BEGIN");
    var result = yield client.query("SELECT $1::text as name", ["foo"]);
    yield client.query("INSERT INTO something(name) VALUES($1)", [result.rows[0].name]);
    yield client.query("COMMIT");
    client.release();
  } catch (e) {
    // a truthy argument destroys the client instead of returning it, which also rolls the transaction back
    client.release(true);
  }
});
