// Source: mit-teaching-systems-lab/dcss — src/server/util/rolesHelpers.js at 97abbec (addUserRolesToDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: after the checkout the handler awaits deduplicateUserRoles before any try, and the loop's catch awaits ROLLBACK before its release, and a successful run releases only after the loop: a rejection from the dedupe or from ROLLBACK leaves the client checked out
const { Pool } = require("pg");
const { apiError } = require("./api");
const { sql } = require("./sqlHelpers");

const pool = new Pool();

const deduplicateUserRoles = async function (userId, roles) {
  const result = await pool.query(sql`SELECT role FROM roles WHERE userid = ${userId};`);
  const userRoles = result.rows.map((row) => row.role);
  return roles.filter((role) => !userRoles.includes(role));
};

const addUserRolesToDatabase = async function (req, res, next) {
  const userId = req.body.userId;
  const roles = req.body.roles;

  if (!userId || !roles) {
    const roleCreateError = new Error("User and roles must be defined");
    roleCreateError.status = 409;
    return apiError(res, roleCreateError);
  }

  const client = await pool.connect();
  const deduplicatedRoles = await deduplicateUserRoles(userId, roles);

  for (const role of deduplicatedRoles) {
    try {
      await client.query("BEGIN");
      await client.query(sql`INSERT INTO roles(userid, role) VALUES(${userId}, ${role});`);
      await client.query("COMMIT");
    } catch (e) {
      console.log("e", e);
      const roleServerError = new Error("Role not created. Server error");
      roleServerError.status = 500;
      await client.query("ROLLBACK");
      client.release();

      return apiError(res, roleServerError);
    }
  }
  client.release();
  res.sendStatus(201);
};

module.exports = { addUserRolesToDatabase };
