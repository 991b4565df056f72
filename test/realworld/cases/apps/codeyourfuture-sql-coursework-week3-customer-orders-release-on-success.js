// Source: CodeYourFuture/SQL-Coursework-Week3 — 2-api/server.js at refs/pull/65/head (f9ce456, a trainee's 2022 submission; PR #84 copies it), GET /customers/:customerId/orders, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every route of the homework checks a client out with `pool.connect().then(client => client.query(…).then(… release …).catch(…))`: the release is only in the query's success handler, so a failed query (a bad customer id) answers with the error and keeps the client checked out
const express = require("express");
const postgres = require("pg");
const app = express();
app.use(express.json());

const pool = new postgres.Pool({ connectionString: process.env.PG_CONNECT });

app.get("/customers/:customerId/orders", (req, res) => {
  pool.connect().then((client) => {
    const cId = req.params.customerId;
    return client
      .query(
        `SELECT o.order_reference, p.product_name, oi.quantity
           FROM order_items AS oi JOIN orders AS o ON o.id = oi.order_id JOIN products AS p ON p.id = oi.product_id
          WHERE o.customer_id = $1`,
        [cId]
      )
      .then((result) => {
        client.release();
        res.send(result.rows);
      })
      .catch((error) => {
        console.error(error);
        res.send(error);
      });
  });
});

app.listen(process.env.PORT);
