// Source: mjramirez1/miBanco — index.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the connect callback hands client and release to the helper the CLI argument names; for any other argument none runs and the client is never released (the script then hangs on the open connection)
const { Pool } = require("pg");
const nuevaTransaccion = require("./nuevaTransaccion");
const consulta = require("./consulta");

const pool = new Pool({ database: "mi_banco_db", max: 20, idleTimeoutMillis: 5000 });
const programa = process.argv[2];

pool.connect(async (errorConexion, client, release) => {
  if (errorConexion) {
    console.error(errorConexion);
  } else {
    if (programa === "nuevaTransaccion") {
      nuevaTransaccion(client, release, pool);
    }
    if (programa === "consulta") {
      consulta(client, release, pool);
    }
  }
});
