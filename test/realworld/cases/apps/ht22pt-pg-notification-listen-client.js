// Source: ht22pt/pg_notification — src/db.js (module scope), reduced by hand, not copied
// Label: safe
// Why: a dedicated pg Client connected at module load whose `then` attaches a notification handler and LISTENs on "watchers" for the process's life (the module's Pool is built and never checked out); no pool checkout, nothing owed back
const pg = require("pg");

const connectionString = process.env.DATABASE_URL;

const pool = new pg.Pool({
  host: "localhost",
  port: 5432,
  database: "opla",
});

const clientData = new pg.Client(connectionString);

clientData
  .connect()
  .then((client) => {
    clientData.on("notification", function (msg) {
      console.log(msg);
    });

    clientData.query("LISTEN watchers");
  })
  .catch((err) => {
    console.log(err);
  });

export default connectionString;
