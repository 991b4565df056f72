// Source: Snickers-SDC/Reviews — frontend-capstone/server.js (PUT /reviews/helpful), reduced by hand, not copied
// Label: safe
// Why: the query callback calls release() before anything else (a connect error only logs, with no client to leak)
const express = require("express");
const { db } = require("./dbConnect");

const app = express();

app.put("/reviews/helpful", (req, res) => {
  db.connect((err, client, release) => {
    if (err) {
      console.log("error connecting to database", err.stack);
    }
    const mark = { text: "UPDATE reviews SET helpfulness = helpfulness + 1 WHERE review_id = $1", values: [Number(req.query.id)] };
    client.query(mark, (queryError) => {
      release();
      if (queryError) {
        console.log("could not update helpfulness");
      } else {
        res.status(200).send("success");
      }
    });
  });
});
