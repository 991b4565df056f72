// Source: jcbain/tweet-collection — crons/collect_tweets_per_minute.js at b5d87f1 (collectTweets), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: a per-minute cron job hands the checked-out client to insert helpers that start callback-style queries and return at once; the finally's done() gives the client back with every INSERT still queued on it, for the next checkout to share
const pool = require("./db");
const { insertIntoTweets, insertIntoTweetMetrics } = require("./insertQueries");
const { fetchTwitterData } = require("./twitter");

const collectTweets = (endpointQuery) => {
  const tweetString = "INSERT INTO tweets(id, tweet_text, job_query) VALUES($1, $2, $3)";
  const metricsString = "INSERT INTO tweet_metrics(tweet_id, collected_at, like_count) VALUES($1, $2, $3)";

  fetchTwitterData(endpointQuery, (resp) => {
    pool.connect((err, client, done) => {
      if (err) throw `error: ${err}`;
      try {
        const now = new Date();
        if (resp.data) {
          resp.data.forEach((row) => {
            insertIntoTweets(client, tweetString, row, endpointQuery);
            insertIntoTweetMetrics(client, metricsString, row, now);
          });
        }
      } finally {
        done();
      }
    });
  });
};

module.exports = { collectTweets };
