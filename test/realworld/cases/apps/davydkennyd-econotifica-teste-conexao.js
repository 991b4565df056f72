// Source: DavydKennyd/ecoNOTIFICA — back-end/testeconexao.js at e3d5b6e (module body), reduced by hand, not copied
// Label: safe
// Why: a Brazilian environmental-report app's connection test checks out, logs, and releases at once; only a `console.log` sits between the checkout and the release
const pool = require("./config/db");

(async () => {
  try {
    const client = await pool.connect();
    console.log("Conexão bem-sucedida ao banco de dados!");
    client.release();
  } catch (err) {
    console.error("Erro ao conectar ao banco de dados:", err.message);
  }
})();
