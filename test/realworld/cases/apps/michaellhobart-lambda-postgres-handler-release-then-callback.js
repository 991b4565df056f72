// Source: michaellhobart/lambda-postgres — main.js at e059596 (exports.handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the Lambda's success handler releases first and then builds the response and calls back; anything that throws there lands in the chain's catch, which releases the same client again (pg: "Release called on client which has already been released")
const { Pool } = require("pg");

const pool = new Pool({
  user: process.env.DB_USER,
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
  password: process.env.DB_PASSWORD,
  port: process.env.DB_PORT,
});

exports.handler = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;
  pool.connect().then((client) => {
    return client
      .query("SELECT * FROM mpc_clients")
      .then((res) => {
        client.release();
        const response = {
          statusCode: 200,
          headers: { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": true },
          body: res.rows,
        };
        callback(null, response);
      })
      .catch((e) => {
        client.release();
        console.log(e.stack);
      });
  });
};
