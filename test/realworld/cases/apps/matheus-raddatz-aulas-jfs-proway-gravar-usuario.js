// Source: Matheus-Raddatz/Aulas-JFS-Proway — Projeto1/recursos/usuarios.js at 8c3785b (branch NodeJS; gravar), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the sign-up handler checks out inside its try, returns 400 when the e-mail exists, hashes the password and inserts, and never releases the client on any of those paths
const pool = require("../utils/conexaobd");
const bcrypt = require("bcrypt");

module.exports = {
  async gravar(req, res) {
    try {
      let client = await pool.connect();
      // verifica se o usuário já existe
      let result = await client.query("select * from tb_users where email = $1", [req.body.email]);
      if (result.rows.length > 0) {
        return res.status(400).send("Já existe um usuário com este email");
      }
      // insere o novo usuário
      let hash = await bcrypt.hash(req.body.senha, 10);
      await client.query("insert into tb_users(nome, email, senha, perfil) values ($1, $2, $3, $4)", [
        req.body.nome,
        req.body.email,
        hash,
        req.body.perfil,
      ]);
      res.status(201).send("Usuário cadastrado com sucesso");
    } catch (error) {
      res.status(400).send(error);
    }
  },
};
