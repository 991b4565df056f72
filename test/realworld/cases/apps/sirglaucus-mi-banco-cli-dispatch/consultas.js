const realizarTransaccion = async (client, release, descripcion, fecha, valor, id) => {
  try {
    await client.query("BEGIN");
    const res = await client.query("INSERT INTO transacciones VALUES ($1, $2, $3, $4) RETURNING *", [descripcion, fecha, valor, id]);
    await client.query("UPDATE cuentas SET saldo = saldo - $1 WHERE id = $2", [valor, id]);
    await client.query("COMMIT");
    console.log(res.rows[0]);
    release();
  } catch (errorConsulta) {
    await client.query("ROLLBACK");
    console.log("Error code: " + e.code);
  }
};

const solicitarCuenta = async (client, release, id) => {
  const res = await client.query("SELECT saldo FROM cuentas WHERE id = $1", [id]);
  console.log(res.rows[0]);
  release();
};

module.exports = { realizarTransaccion, solicitarCuenta };
