// Source: t3b1/BancoSolar_M7_P5 — db/cosultaSQL.js at 5c0af09 (update), reduced by hand, not copied
// Label: safe
// Why: the UPDATE of an account's name and balance sits in a try whose catch only logs, and nothing returns or throws before the `client.release()` that follows, so every path releases
const pool = require('./conexionDB.js');

async function update(nombre, balance, id) {
  const client = await pool.connect();
  try {
    await client.query('update usuarios set nombre=$1, balance=$2 where id=$3', [nombre, balance, id]);
  } catch (error) {
    console.log(error);
  }
  client.release();
}

module.exports = { update };
