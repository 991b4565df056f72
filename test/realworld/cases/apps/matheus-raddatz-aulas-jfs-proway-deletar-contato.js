// Source: Matheus-Raddatz/Aulas-JFS-Proway — Projeto1/recursos/contatos.js at 8c3785b (branch NodeJS; deletarCt), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the contact delete verifies a JWT, checks out, and returns from both branches (deleted, not found) with the client still checked out
const pool = require("../utils/conexaobd");
const jwt = require("jsonwebtoken");

module.exports = {
  async deletarCt(req, res) {
    try {
      let token = req.headers["x-access-token"];
      let decoded = jwt.verify(token, "123");
      let client = await pool.connect();
      let teste = await client.query("select * from tb_contatos where id = $1", [req.params.idcontato]);
      if (teste.rows.length > 0) {
        await client.query("delete from tb_contatos where id = $1 and iduser = $2", [req.params.idcontato, decoded.id]);
        return res.status(200).send("Contato deletado com sucesso");
      }
      return res.status(400).send("Não existe um contato com este ID");
    } catch (error) {
      res.status(400).send(error);
    }
  },
};
