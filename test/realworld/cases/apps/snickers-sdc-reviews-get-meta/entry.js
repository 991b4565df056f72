// Source: Snickers-SDC/Reviews — frontend-capstone/server.js (GET /reviews/meta), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when both queries fail (the database went away), the second catch's res.send throws (headers already sent) and skips release()
const express = require("express");
const { db } = require("./dbConnect");

const app = express();

app.get("/reviews/meta", (req, res) => {
  const meta = { product_id: req.query.id, characteristics: {}, ratings: {} };
  db.connect((err, client, release) => {
    if (err) {
      return console.error("Error acquiring client", err.stack);
    }
    client
      .query("SELECT rating FROM reviews WHERE product_id = $1", [Number(req.query.id)])
      .then((ratings) => {
        for (const row of ratings.rows) meta.ratings[row.rating] = (meta.ratings[row.rating] || 0) + 1;
      })
      .catch(() => {
        res.status(500).send("error collecting ratings");
      })
      .then(async () => {
        await client
          .query("SELECT characteristic_id, name FROM characteristics WHERE product_id = $1", [Number(req.query.id)])
          .then((chars) => {
            for (const info of chars.rows) meta.characteristics[info.name] = { id: info.characteristic_id };
          })
          .catch(() => {
            res.status(500).send("error collecting characteristics");
          });
        release();
      })
      .then(() => {
        res.status(200).send(meta);
      });
  });
});
