// Source: projetoboot/projeto — cardapio.js at 3159c40e (conectarBanco), reduced by hand, not copied
// Label: hand-over
// Why: a WhatsApp ordering bot's menu site wraps the checkout in a same-file helper that logs and returns the client (the catch logs and rethrows a failed checkout); each route releases it in its own finally
const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ user: "postgres", host: "localhost", database: "whatsapp_bot", port: 5432 });
const app = express();

async function conectarBanco() {
  try {
    const client = await pool.connect();
    console.log("Database connection established.");
    return client;
  } catch (error) {
    console.error("Error connecting to the database:", error);
    throw error;
  }
}

app.post("/registrar-telefone", async (req, res) => {
  const { telefone, nome } = req.body;
  const client = await conectarBanco();
  try {
    const checkResult = await client.query("SELECT * FROM clientes WHERE telefone = $1", [telefone]);
    if (checkResult.rows.length === 0) {
      await client.query("INSERT INTO clientes (telefone, nome, data_registro) VALUES ($1, $2, NOW())", [telefone, nome || "Cliente"]);
    }
    req.session.telefone = telefone;
    res.redirect("/cardapio");
  } catch (error) {
    res.render("registrar-telefone", { erro: "Erro ao registrar telefone." });
  } finally {
    client.release();
  }
});

module.exports = app;
