// Source: Ashwin-DevAsh/rMart-Backend — rPay/Block/Routes/block.js at 50c7a8d (POST /addTransactionBlock), reduced by hand, not copied
// Label: leak
// Why: the wallet's block-chain route releases with `(await postgres).release()` after `await addBlock(...)`, outside any finally: if addBlock throws (its catch's `res.send` can) the release is skipped
const app = require("express").Router();
const jwt = require("jsonwebtoken");
const hash = require("object-hash");
const { Pool } = require("pg");
const clientDetails = require("../Database/ClientDetails");

var pool = new Pool(clientDetails);

app.post("/addTransactionBlock", async (req, res) => {
  var postgres = await pool.connect();

  await addBlock(postgres, res, req.body.transactionID, req.body, "Transaction");
  (await postgres).release();
});

const addBlock = async (postgres, res, refID, data, type) => {
  try {
    var prevBlock = (await postgres.query("select * from blocks order by timestamp desc limit 1")).rows;
    var prevHash = "None";
    if (prevBlock.length != 0) {
      prevHash = hash(prevBlock[0]);
    }
    const dataHash = jwt.sign({ data, prevHash }, process.env.PRIVATE_KEY);
    await postgres.query("insert into blocks(refID,type,encryptedData,verifiedBy) values($1,$2,$3,$4)", [
      refID,
      type,
      dataHash,
      ["server"],
    ]);
    res.send({ message: "done" });
  } catch (err) {
    console.log(err);
    res.send({ message: "failed" });
  }
};

module.exports = app;
