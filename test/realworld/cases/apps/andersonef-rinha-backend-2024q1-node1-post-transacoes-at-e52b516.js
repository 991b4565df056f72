// Source: andersonef/rinha-backend-2024q1-node1 — src/http/controllers/cliente/post-transacoes.js at e52b516 "feat: Adicionado express" (postTransacoes), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the move to Express dropped the finally and put `client.release()` in the try after the INSERT; a failed INSERT goes to the catch, which answers 422 and keeps the client checked out
const validarTransacao = require("../../../validators/transacao-validator");
const db = require("../../../database/repository");
const Redis = require("ioredis");

const redis = new Redis({ host: process.env.REDIS_HOST || "localhost" });

module.exports = async function postTransacoes(req, res) {
  const clienteId = req.params.id;
  const { valor, tipo, descricao } = req.body;
  let client = null;
  console.log("valor", valor, tipo, descricao);

  try {
    const { limite, saldo } = await validarTransacao(clienteId, parseInt(valor), tipo);

    client = await db.pool.connect();
    await client.query(
      "INSERT INTO transacoes (id_cliente, valor, tipo, descricao) VALUES ($1, $2, $3, $4);",
      [clienteId, valor, tipo, descricao],
    );
    client.release();

    let cached = await redis.get(`saldo:${clienteId}`);
    cached = JSON.parse(cached);
    cached.saldo = saldo;
    await redis.set(`saldo:${clienteId}`, JSON.stringify(cached));

    res.end(JSON.stringify({ limite, saldo }));
  } catch (err) {
    console.log(err);
    res.writeHead(422, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ erro: "Saldo insuficiente" }));
  }
};
