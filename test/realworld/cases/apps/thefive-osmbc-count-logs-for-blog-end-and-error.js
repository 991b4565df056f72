// Source: TheFive/osmbc — model/logModule.js at ed5e8e7b (countLogsForBlog, the same module as the 'end'-only saveData, before the switch to pg.Pool of issue #680), reduced by hand, not copied
// Label: safe
// Why: the statistics query gives the client back on 'end' and on 'error' alike, and a failed checkout calls `pgdone()` before answering; the 'row' handler only copies plain values
"use strict";

const pg = require("pg");
const config = require("../config.js");

function countLogsForBlog(blog, callback) {
  pg.connect(config.pgstring, function (err, client, pgdone) {
    if (err) {
      pgdone();
      return callback(err);
    }
    const result = [];
    const query = client.query(
      "select data->>'user' as username, data->>'property' as property, count(*) as change_nr from changes where data->>'blog' = $1 group by 1, 2",
      [blog.name],
    );

    query.on("row", function (row) {
      result.push({ user: row.username, property: row.property, count: parseInt(row.change_nr, 10) });
    });
    query.on("end", function () {
      pgdone();
      const logs = {};
      for (const o of result) {
        if (!logs[o.property]) logs[o.property] = {};
        logs[o.property][o.user] = o.count;
      }
      callback(null, logs);
    });
    query.on("error", function (error) {
      pgdone();
      callback(error);
    });
  });
}

module.exports = { countLogsForBlog };
