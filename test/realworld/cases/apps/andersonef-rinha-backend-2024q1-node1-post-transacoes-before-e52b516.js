// Source: andersonef/rinha-backend-2024q1-node1 — src/http/controllers/cliente/post-transacoes.js at 2228eb6, before e52b516 "feat: Adicionado express" (postTransacoes), reduced by hand, not copied
// Label: safe
// Why: `let client = null` outside the try, the checkout after the validation inside it, and a finally that releases: every path that checked out gives the client back (a failed validation or checkout makes the finally's `client.release()` throw a TypeError on null, but then no client is held)
const validarTransacao = require("../../../validators/transacao-validator");
const db = require("../../../database/repository");
const Redis = require("ioredis");

const redis = new Redis({ host: process.env.REDIS_HOST || "localhost" });

module.exports = async function postTransacoes(req, res) {
  const { cliente_id } = req;
  const { valor, tipo, descricao } = req.req.body;
  let client = null;

  try {
    const { limite, saldo } = await validarTransacao(cliente_id, parseInt(valor), tipo);

    client = await db.pool.connect();
    await client.query(
      "INSERT INTO transacoes (id_cliente, valor, tipo, descricao) VALUES ($1, $2, $3, $4);",
      [cliente_id, valor, tipo, descricao],
    );

    let cached = await redis.get(`saldo:${cliente_id}`);
    cached = JSON.parse(cached);
    cached.saldo = saldo + parseInt(tipo === "c" ? valor : -valor);
    await redis.set(`saldo:${cliente_id}`, JSON.stringify(cached));

    res.end(JSON.stringify({ limite, saldo }));
  } catch (err) {
    console.log(err);
    res.writeHead(422, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ erro: "Saldo insuficiente" }));
    return;
  } finally {
    client.release();
  }
};
