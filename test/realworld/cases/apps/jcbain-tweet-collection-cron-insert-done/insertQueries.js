const insertIntoTweets = (client, queryString, row, jobId) => {
  client.query(queryString, [row.id, row.text, jobId], (err) => {
    if (err) console.log(err.stack);
  });
};

const insertIntoTweetMetrics = (client, queryString, row, timeNow) => {
  client.query(queryString, [row.id, timeNow, row.public_metrics.like_count], (err) => {
    if (err) console.log(err.stack);
  });
};

module.exports = { insertIntoTweets, insertIntoTweetMetrics };
