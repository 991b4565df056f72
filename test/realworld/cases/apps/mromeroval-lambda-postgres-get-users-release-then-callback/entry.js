// Source: mromeroval/lambda-postgres — handler.js at 3cf6056 (getUsers; getUser has the same shape), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: a Serverless function on the pool exported as `db`: the success handler releases and then stringifies the rows and calls back; a throw there reaches the catch, which releases the client a second time
"use strict";
const db = require("./db_connect");

module.exports.getUsers = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;

  const query = "SELECT * from public.users";

  db.connect().then((client) => {
    return client
      .query(query)
      .then((res) => {
        client.release();
        callback(null, { statusCode: 200, body: JSON.stringify(res.rows) });
      })
      .catch((e) => {
        client.release();
        console.log(e);
        callback(null, { statusCode: e.statusCode || 500, body: "Error: Could not find Users: " + e });
      });
  });
};
