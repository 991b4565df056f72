// Source: Ashwin-DevAsh/rMart-Backend — rPay/Admin/server.js at 50c7a8d (start-up IIFE), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the admin server's start-up awaits `connect()` on a Pool (named `postgres`) and drops the client, then queries through the pool: the checked-out client is never released
const express = require("express");
const bcrypt = require("bcrypt");
const { Pool } = require("pg");
const clientDetails = require("../Database/ClientDetails");

const app = express();
var rootId = "radmin@919876543210";

(async () => {
  let postgres = new Pool(clientDetails);
  await postgres.connect();
  var result = await postgres.query("select * from admins where email = $1", ["rootAdmin@rpay.com"]);

  var rootUser = result.rows;
  if (rootUser.length == 0) {
    var hash = await bcrypt.hash(process.env.ROOT_ADMIN_PASSWORD, 10);
    await postgres.query("insert into admins(id,name,email,password) values($1,$2,$3,$4)", [
      rootId,
      "Root Admin",
      "rootAdmin@rpay.com",
      hash,
    ]);
  }
})();

app.listen(process.env.PORT || 8000);
