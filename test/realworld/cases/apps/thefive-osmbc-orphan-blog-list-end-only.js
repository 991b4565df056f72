// Source: TheFive/osmbc — model/article.js at ed5e8e7b (getListOfOrphanBlog, before the switch to pg.Pool of issue #680), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `done` is called only from the query's 'end' event; a failing query emits 'error' instead, which nobody handles, so the pooled client is never given back
"use strict";

const pg = require("pg");
const config = require("../config.js");

let listOfOrphanBlog = null;

function getListOfOrphanBlog(callback) {
  if (listOfOrphanBlog) return callback(null, listOfOrphanBlog);
  const names = [];

  pg.connect(config.pgstring, function (err, client, pgdone) {
    if (err) return callback(err);

    const query = client.query('select name from "OpenBlogWithArticle" order by name');
    query.on("row", function (row) {
      names.push(row.name);
    });
    query.on("end", function () {
      pgdone();
      listOfOrphanBlog = names;
      callback(null, listOfOrphanBlog);
    });
  });
}

module.exports = { getListOfOrphanBlog };
