// Source: jpgsaraceni/node-postgres-challenge — version_1(deprecated)/crud.js at 108f1cb^ (PostgreCrud's request, deleted by 108f1cb), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each authorised request checks a client out, answers from its query and never releases it (success and query error alike)
import pkg from "pg";
import jwt from "jsonwebtoken";

const { Pool } = pkg;
const secret = process.env.JWT_SECRET;
const pool = new Pool(JSON.parse(process.env.POOL_CONFIG));

export function PostgreCrud() {
  let req;
  let res;
  let noId = false;

  function setParams(_req, _res) {
    req = _req;
    res = _res;
  }

  function request(query, values) {
    const { token } = req.cookies;
    jwt.verify(token, secret, (err, decoded) => {
      if (err) {
        res.sendStatus(401);
      } else {
        if (!noId) values.push(decoded.id);
        pool.connect()
          .then((client) => client.query(query, values)
            .then((result) => res.status(200).send(result.rows))
            .catch((queryError) => {
              console.log(queryError);
              res.sendStatus(500);
            }))
          .catch((connectionError) => {
            console.log(connectionError);
            res.sendStatus(500);
          })
          .finally(noId = false);
      }
    });
  }

  return { setParams, request };
}
