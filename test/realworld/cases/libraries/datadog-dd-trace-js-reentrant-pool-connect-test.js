// Source: DataDog/dd-trace-js — packages/datadog-instrumentations/test/pg.spec.js ("does not publish a nested acquire from the pool's log hook"), reduced by hand, not copied
// Label: safe
// Why: a nested checkout made from the pool's own log hook is released at once in its callback; a connect error rejects before any client exists
"use strict";

const pg = require("pg");
const assert = require("assert");
const { it } = require("mocha");

it("does not publish a nested acquire from the log hook", async () => {
  let reentered = false;
  let nestedConnect;
  const reentrantPool = new pg.Pool({
    max: 1,
    log(message) {
      if (message !== "checking client timeout" || reentered) return;
      reentered = true;
      nestedConnect = new Promise((resolve, reject) => {
        reentrantPool.connect((error, client, release) => {
          if (error) return reject(error);
          release();
          resolve();
        });
      });
    },
  });

  try {
    await reentrantPool.query("SELECT 1");
    await nestedConnect;
    assert.ok(reentered);
  } finally {
    await reentrantPool.end();
  }
});
