// Source: maxwellskala/shredcast — routes/user.js (test), reduced by hand, not copied
// Label: safe
// Why: the route calls done() first thing in the query callback, before branching on the error
exports.test = (pg, databaseUrl) => (req, res) => {
  pg.connect(databaseUrl, (err, client, done) => {
    client.query("SELECT * FROM test_table", (queryError, result) => {
      done();
      if (queryError) {
        console.error(queryError);
        res.send("Error " + queryError);
      } else {
        res.json({ test: result.rows[0].test_column });
      }
    });
  });
};
