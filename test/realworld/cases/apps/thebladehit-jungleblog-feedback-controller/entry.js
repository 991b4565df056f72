// Source: thebladehit/jungleBlog — backend/controllers/feedback.js at 88b77c3 (universalController, "Refactored feedback.js"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the feedback controller answers and caches before `client.release()`, all inside the try; a failing query (or a throwing cache write) reaches the catch, which answers 500 without releasing
"use strict";

const { pool } = require("./pool.js");

const cache = new Map();

const universalController = async (req, res, logger, query, queryData) => {
  try {
    const client = await pool.connect();
    const data = await client.query(query, queryData);
    const body = JSON.stringify(data.rows);
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(body);
    cache.set(req.url, body);
    client.release();
    if (req.method !== "GET") {
      cache.delete(`${req.url}/feedbacks`);
    }
  } catch (err) {
    res.writeHead(500);
    res.end("Something went wrong");
    await logger.error(err);
  }
};

module.exports = { universalController };
