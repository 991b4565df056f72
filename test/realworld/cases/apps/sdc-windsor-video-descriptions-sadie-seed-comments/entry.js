// Source: sdc-windsor/video-descriptions-sadie — database/seed-comments.js (top-level connect callback), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `(err, client)` callback starts a COPY on the client and never calls release
const path = require("path");
const pool = require("./db.js");
const { copyBatch } = require("./helpers");

pool.connect((err, client) => {
  if (err) throw err;
  copyBatch(client, "comments", path.join(__dirname, "comments.csv"));
});
