// Source: MatsalVistry/Spiral — graphql/resolvers/mutations/comment.js (postComment), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a GraphQL mutation resolver releases only after the awaited INSERT succeeds; a failing INSERT rejects the resolver with the client still out
const { pool } = require("./connection");

const postComment = async (_, { scriptid, userid, text }) => {
  const client = await pool.connect();
  const query = "INSERT INTO comments (scriptid, userid, text_content, time_saved) VALUES ($1, $2, $3, NOW())";
  await client.query(query, [scriptid, userid, text]);
  client.release();
  return true;
};

module.exports = { postComment };
