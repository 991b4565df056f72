// Source: GEOLYTIX/xyz — mod/cluster.js at 4ed81be76 (cluster, "all pg connections to connect and release"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the query runs between connect() and the release with no try: a failing query (a bad table or filter from the request) keeps the client; the same pattern in mod/user/acl.js was fixed later by PR #2724
async function cluster(req, res, fastify) {
  const table = req.query.table;
  const geom = req.query.geom;
  const q = `SELECT count(1)::integer AS count FROM ${table} WHERE ${geom} IS NOT NULL;`;

  var db_connection = await fastify.pg[req.query.dbs].connect();
  var result = await db_connection.query(q);
  db_connection.release();

  if (parseInt(result.rows[0].count) === 0) {
    res.code(204).send();
    return;
  }

  res.code(200).send(result.rows);
}

module.exports = { cluster };
