// Source: MatsalVistry/Spiral — graphql/resolvers/mutations/script.js (addCollaborator), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: an unknown e-mail throws out of the resolver between the checkout and the release
const { pool } = require("./connection");

const addCollaborator = async (_, { scriptid, email }) => {
  const client = await pool.connect();
  const result = await client.query("SELECT userid FROM users WHERE email = $1", [email]);
  if (result.rows.length === 0) throw new Error(`No user found with email: ${email}`);
  const userId = result.rows[0].userid;

  await client.query("INSERT INTO collaborators (scriptid, userid) VALUES ($1, $2)", [scriptid, userId]);
  client.release();
  return true;
};

module.exports = { addCollaborator };
