// Source: jcbain/tweet-collection — database/queries/pullQueries.js at b5d87f1 (getAllJobs), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the tweet collector's route helper checks out from the pool it is given (`pool.connect(console.log(…))` passes undefined, so the promise form), queries and returns the rows; the client is never released, one per request
const getAllJobs = async (pool) => {
  const client = await pool.connect(console.log("Connected to the db"));
  const query = "SELECT * FROM main_jobs";
  return await client.query(query)
    .then((resp) => resp.rows)
    .catch((err) => `There was an error thrown at getAllJobs(): ${err}`);
};

module.exports = { getAllJobs };
