// Source: Matheus-Raddatz/Aulas-JFS-Proway — Projeto1/middlewares/mwcontato.js at 8c3785b (branch NodeJS; the middleware), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Brazilian course's contact-validation middleware takes a client on every request and never releases it: not on the 400 answers, not before `next()`, not when a query throws
const pool = require("../utils/conexaobd");

module.exports = async (req, res, next) => {
  let client = await pool.connect();
  if (req.body.nome !== "" && req.body.email !== "" && req.body.fone !== "") {
    if (!req.params.idcontato) {
      // cadastrando
      let result = await client.query("select * from tb_contatos where email = $1", [req.body.email]);
      if (result.rows.length > 0) {
        return res.status(400).send("Já existe um contato com este email");
      }
    } else {
      // editando
      let result = await client.query("select * from tb_contatos where id = $1", [req.params.idcontato]);
      if (result.rows.length == 0) {
        return res.status(400).send("Não existe um contato com este ID");
      }
    }
    next();
  } else {
    return res.status(400).send("Favor informar todos os dados");
  }
};
