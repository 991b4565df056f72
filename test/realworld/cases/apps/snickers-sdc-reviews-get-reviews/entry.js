// Source: Snickers-SDC/Reviews — frontend-capstone/server.js (GET /reviews), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: release() runs only in the first query's then; when that query rejects, the chain jumps to the catch that answers 500
const express = require("express");
const { db } = require("./dbConnect");

const app = express();

app.get("/reviews", (req, res) => {
  const body = { product: Number(req.query.id), results: [] };
  db.connect((err, client, release) => {
    if (err) {
      return console.error("Error acquiring client", err.stack);
    }
    client
      .query({ text: "SELECT * FROM reviews WHERE product_id = $1", values: [body.product] })
      .then(async (reviews) => {
        release();
        for (const review of reviews.rows) {
          body.results.push({ review_id: review.review_id, rating: review.rating });
        }
      })
      .then(() => {
        res.status(200).send(body);
      })
      .catch(() => {
        res.status(500).send("error getting reviews");
      });
  });
});
