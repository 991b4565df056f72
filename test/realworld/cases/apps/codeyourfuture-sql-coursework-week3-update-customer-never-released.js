// Source: CodeYourFuture/SQL-Coursework-Week3 — 2-api/server.js at refs/pull/65/head (f9ce456), PUT /customers/:customerId, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the update route of the same submission forgot the release altogether: neither the success nor the error handler gives the client back, so every PUT keeps one checked out
const express = require("express");
const postgres = require("pg");
const app = express();
app.use(express.json());

const pool = new postgres.Pool({ connectionString: process.env.PG_CONNECT });

app.put("/customers/:customerId", (req, res) => {
  pool.connect().then((client) => {
    const c = req.body;
    const cId = req.params.customerId;
    return client
      .query("UPDATE customers SET name=$1, address=$2, city=$3, country=$4 WHERE id=$5", [c.name, c.address, c.city, c.country, cId])
      .then(() => {
        res.send(`Successfully updated customer with the id of ${cId}`);
      })
      .catch((error) => {
        console.error(error);
        res.status(400).send(error);
      });
  });
});

app.listen(process.env.PORT);
