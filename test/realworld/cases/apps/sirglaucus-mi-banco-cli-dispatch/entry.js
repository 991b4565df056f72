// Source: SirGlaucus/mi-banco — index.js at 74b4c9e (module scope) and consultassql.js (realizarTransaccion, solicitarCuenta), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Desafío Latam "Mi Banco" CLI checks a client out and dispatches on its argument; an unknown action reaches `default:` and `pool.end()` with the client never released, and the imported realizarTransaccion releases only after COMMIT (its catch rolls back, then throws a ReferenceError on an undeclared `e`)
const { Pool } = require("pg");
const { realizarTransaccion, solicitarCuenta } = require("./consultas");

const pool = new Pool({ database: "banco" });

const [, , accion, param1, param2, param3, param4] = process.argv;

pool.connect(async (errorConexion, client, release) => {
  if (errorConexion) {
    console.error(errorConexion.code);
  } else {
    switch (accion) {
      case "solicitarCuenta":
        await solicitarCuenta(client, release, param1);
        break;
      case "realizarTransaccion":
        await realizarTransaccion(client, release, param1, param2, param3, param4);
        break;
      default:
        console.log("unknown action");
        break;
    }
    pool.end();
  }
});
