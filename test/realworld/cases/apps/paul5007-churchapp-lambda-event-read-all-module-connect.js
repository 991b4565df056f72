// Source: paul5007/churchapp — lambda/EventReadAll/index.js at f286bc9 (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Lambda module checks a client out of its pool at load and drops it; the handler runs its queries through pool.query, so that client is held, unreleased, for the life of every warm container
const { Pool } = require("pg");
const pool = new Pool();
pool.connect();

exports.handler = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;

  pool.query('SELECT * FROM public."Event";', (err, res) => {
    var response = {
      statusCode: 200,
      isBase64Encoded: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      body: JSON.stringify(res.rows),
    };
    callback(err, response);
  });
};
