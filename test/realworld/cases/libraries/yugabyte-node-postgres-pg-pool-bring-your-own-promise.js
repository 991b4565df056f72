// Source: yugabyte/node-postgres — packages/pg-pool/test/bring-your-own-promise.js ("uses supplied promise for operations"), reduced by hand, not copied
// Label: safe
// Why: in a co generator the checkout's promise goes through `checkType(…)`, which hands the same promise back; the client is released at once, before any other work
const co = require("co");
const expect = require("expect.js");
const BluebirdPromise = require("bluebird");
const Pool = require("pg-pool");

const checkType = (promise) => {
  expect(promise).to.be.a(BluebirdPromise);
  return promise.catch((e) => undefined);
};

it(
  "uses supplied promise for operations",
  co.wrap(function* () {
    const pool = new Pool({ Promise: BluebirdPromise });
    const client1 = yield checkType(pool.connect());
    client1.release();
    yield checkType(pool.query("SELECT NOW()"));
    yield checkType(pool.end());
  }),
);
