// Second module of the case: the project's sign-in query (lib/signin.js), reduced by hand
var getUserQuery = "SELECT id, username, roles FROM users WHERE id = (SELECT user_id FROM tokens WHERE token = $1)";

module.exports = function (client, token, logger, callback) {
  client.query(getUserQuery, [token], function (err, result) {
    callback(result.rows[0]);
  });
};
