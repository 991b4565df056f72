// Source: thebladehit/jungleBlog — backend/controllers/comment.js at 88b77c3 (universalController; the repository of issue #36 "Add pool of connections"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a DELETE that matched no row answers 400 and returns before `client.release()`, and a failing query jumps to the catch, which answers 500 without releasing: both paths keep the client for good
"use strict";

const { pool } = require("./pool.js");

const cache = new Map();

const universalController = async (req, res, logger, query, code, queryData) => {
  try {
    const client = await pool.connect();
    const data = await client.query(query, queryData);
    if (req.method === "DELETE" && data.rows.length === 0) {
      res.writeHead(400);
      return void res.end("Bad request");
    }
    const body = JSON.stringify(data.rows);
    res.writeHead(code ? code : 200, { "Content-Type": "application/json" });
    res.end(body);
    client.release();
    if (req.method === "GET") {
      cache.set(req.url, body);
    } else {
      cache.delete(`${req.url}/${data.rows[0].story_id}`);
    }
  } catch (err) {
    res.writeHead(500);
    res.end("Something went wrong");
    await logger.error(err);
  }
};

const deleteComment = async (req, res, logger, body) => {
  const commentId = Number(body.comment_id);
  if (Number.isNaN(commentId)) {
    res.writeHead(400);
    return res.end("Invalid comment id");
  }
  await universalController(req, res, logger, "DELETE FROM comments WHERE comment_id = $1 RETURNING story_id", 204, [commentId]);
};

module.exports = { universalController, deleteComment };
