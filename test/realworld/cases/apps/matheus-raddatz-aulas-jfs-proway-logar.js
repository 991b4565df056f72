// Source: Matheus-Raddatz/Aulas-JFS-Proway — Projeto1/recursos/usuarios.js at 8c3785b (branch NodeJS; logar), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the login handler checks out inside its try and answers on every branch (unknown e-mail, token, wrong password, error) without ever releasing the client
const pool = require("../utils/conexaobd");
const bcrypt = require("bcrypt");
const jwt = require("jsonwebtoken");

module.exports = {
  async logar(req, res) {
    try {
      let client = await pool.connect();
      let result = await client.query("select * from tb_users where email = $1", [req.body.email]);
      if (result.rows.length == 0) {
        return res.status(400).send("Usuário ou senha inválido(a)");
      }
      let ok = await bcrypt.compare(req.body.senha, result.rows[0].senha);
      if (ok) {
        let token = await jwt.sign({ id: result.rows[0].id, nome: result.rows[0].nome, perfil: result.rows[0].perfil }, "123");
        res.status(200).send({ token });
      } else {
        res.status(400).send("Usuário ou senha inválido(a)");
      }
    } catch (error) {
      res.status(400).send(error);
    }
  },
};
