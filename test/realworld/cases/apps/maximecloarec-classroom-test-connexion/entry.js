// Source: MaximeCloarec/Classroom — classroom-backend/App/testconnexion.js at a7195a5 (module body), reduced by hand, not copied
// Label: safe
// Why: a French classroom app's connection test takes the client in `.then(async (client) => …)` and releases it on both sides of its try/catch, after the query and in the catch
const { dbPool } = require("./db");

dbPool
  .connect()
  .then(async (client) => {
    try {
      const res = await client.query("SELECT NOW()");
      console.log("Connexion OK :", res.rows[0]);
      client.release();
    } catch (err_1) {
      client.release();
      console.error("Erreur de requête", err_1.stack);
    }
  })
  .catch((err) => console.error("Erreur de connexion", err.stack));
