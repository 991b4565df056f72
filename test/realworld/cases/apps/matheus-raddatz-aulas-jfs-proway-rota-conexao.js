// Source: Matheus-Raddatz/Aulas-JFS-Proway — Projeto1/index.js at 8c3785b (branch NodeJS; GET /conexao), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the connection-check route checks out in callback style with a two-parameter callback (no `done`) and never calls `client.release()`: every request to /conexao keeps one client
const express = require("express");
const app = express();
const pool = require("./utils/conexaobd");

app.use(express.json());

app.get("/conexao", (req, res) => {
  pool.connect((err, client) => {
    if (err) {
      return res.send(`Erro: ${err.message}`);
    }
    res.send("Conectado");
  });
});

app.listen(3000, () => {
  console.log("Servidor em execução");
});
