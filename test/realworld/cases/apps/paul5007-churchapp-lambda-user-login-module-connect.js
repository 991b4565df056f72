// Source: paul5007/churchapp — lambda/UserLogin/index.js at f286bc9 (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: as in each of the app's nine Lambda modules, `pool.connect()` at load takes a client that nothing ever releases; the login handler itself queries through pool.query
const { Pool } = require("pg");
const bcrypt = require("bcrypt");
const pool = new Pool();
pool.connect();

exports.handler = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;
  var body = JSON.parse(event.body);
  const username = body["username"];
  const password = body["password"];

  pool.query('SELECT "Username", "Password" FROM public."UserPrivate" where "Username" = $1;', [username], (err, res) => {
    if (err !== undefined) {
      callback(null, { statusCode: 400, body: "Failed to Login: " + username });
    }
    bcrypt.compare(password, res.rows[0]["Password"], function (err, result) {
      callback(null, { statusCode: result == true ? 200 : 400, body: JSON.stringify({ token: username }) });
    });
  });
};
