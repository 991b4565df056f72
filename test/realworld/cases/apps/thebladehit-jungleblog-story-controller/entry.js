// Source: thebladehit/jungleBlog — backend/controllers/story.js at 88b77c3 (universalController, after "Refactored story.js"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release sits in the try after the query; when the query fails the catch answers 500 and logs, and the client is never given back
"use strict";

const { pool } = require("./pool.js");

const cache = new Map();

const universalController = async (req, res, logger, query, queryData, storyId) => {
  try {
    const client = await pool.connect();
    const data = await client.query(query, queryData);
    const body = JSON.stringify(data.rows);
    res.writeHead(200, { "Content-Type": "application/json" });
    client.release();
    if (req.method === "GET") {
      cache.set(req.url, body);
    } else {
      cache.delete(`${req.url}/${storyId}`);
    }
    res.end(body);
  } catch (err) {
    res.writeHead(500);
    res.end("Something went wrong");
    await logger.error(err);
  }
};

module.exports = { universalController };
