// Source: evo0705/JetSpreeNodeJS — src/routes/login.js at 2111d7f (POST /signup), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the sign-up route checks a client out of `req.pool` and releases it only in the INSERT's `.then`/`.catch`; the duplicate-email check's reply does not stop the INSERT, and a rejected bcrypt.hash skips both, so that client is never released
import express from "express";
import jwt from "jsonwebtoken";
import bcrypt from "bcrypt";
import config from "./../config";

const saltRounds = 10;
const router = express.Router();

router.post("/signup", function (req, res) {
  const errors = req.validationErrors();
  if (errors) {
    return res.json({ success: false, errors });
  }

  req.pool.connect().then((client) => {
    client
      .query("SELECT email FROM users WHERE email=$1", [req.body.email])
      .then((result) => {
        if (result.rowCount >= 1) return res.json({ success: false, message: "This email has already been taken." });
      })
      .catch((e) => {
        client.release();
        throw e;
      });

    bcrypt
      .hash(req.body.password, saltRounds)
      .then(function (hash) {
        client
          .query("INSERT INTO users(email, password) VALUES($1, $2) RETURNING id,email", [req.body.email, hash])
          .then((result) => {
            client.release();
            if (result.rowCount === 1) {
              const token = jwt.sign({ id: result.rows[0].id }, config.secret, { expiresIn: config.token_duration });
              return res.json({ success: true, token });
            }
            return res.json({ success: false });
          })
          .catch((e) => {
            client.release();
            throw e;
          });
      })
      .catch(function (err) {
        throw err;
      });
  });
});

export default router;
