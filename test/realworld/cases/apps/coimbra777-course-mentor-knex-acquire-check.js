// Source: Coimbra777/Course-Mentor — backend/config/db.js at 839aef3 (module scope), reduced by hand, not copied
// Label: leak
// Why: a start-up check takes a connection from knex's pool (`knex.client.acquireConnection()`, a tarn pool of pg Clients, not a pg Pool) and only logs; the connection is never given back with `releaseConnection`, and the `knex.destroy()` in `.finally` does not return it (tarn's destroy waits for used resources to come back); the project commented the block out in a later commit
const config = require("../knexfile.js");
const knex = require("knex")(config);

knex.client
  .acquireConnection()
  .then(() => {
    console.log("connection available");
  })
  .catch((err) => {
    console.error("could not acquire a connection:", err);
  })
  .finally(() => {
    knex.destroy();
  });

module.exports = knex;
