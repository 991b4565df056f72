// Source: MatsalVistry/Spiral — graphql/resolvers/mutations/user.js (deleteUser), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when no row was deleted the resolver throws before `client.release()`, and a failing DELETE rejects before it too
const { pool } = require("./connection");

const deleteUser = async (_, { userid }) => {
  const client = await pool.connect();
  const result = await client.query("DELETE FROM users WHERE userid = $1", [userid]);
  if (result.rowCount === 0) throw new Error("Error deleting user.");
  client.release();
  return true;
};

module.exports = { deleteUser };
