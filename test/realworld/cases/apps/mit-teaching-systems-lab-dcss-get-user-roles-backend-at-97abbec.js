// Source: mit-teaching-systems-lab/dcss — src/server/util/rolesHelpers.js at 97abbec (getUserRolesBackend, "Add create roles logic for database"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the middleware checks a client out on entry and never uses or releases it (the helpers it awaits query on their own), so every request to the roles endpoint holds one more connection, on both the found and the 409 path
const { Pool } = require("pg");
const { apiError, asyncMiddleware } = require("./api");
const { sql } = require("./sqlHelpers");

const pool = new Pool();

const getUserInDatabase = async function (user) {
  const result = await pool.query(sql`SELECT * FROM users WHERE email = ${user} OR username = ${user};`);
  return result.rows[0] ? result.rows[0].id : null;
};

const getUserRolesInDatabase = async function (userId) {
  const result = await pool.query(sql`SELECT * FROM roles WHERE userid = ${userId};`);
  return { roles: result.rows };
};

const getUserRolesBackend = async function (req, res, next) {
  const client = await pool.connect();
  const user = req.body.user;
  const userId = await getUserInDatabase(user);
  let userRoleData;

  if (userId) {
    userRoleData = await getUserRolesInDatabase(userId);
    userRoleData.user = user;
  } else {
    const noUserFoundError = new Error("No user exists with that email address or username.");
    noUserFoundError.status = 409;
    return apiError(res, noUserFoundError);
  }

  res.json(userRoleData);
};

module.exports = { getUserRoles: asyncMiddleware(getUserRolesBackend) };
