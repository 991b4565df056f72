// Source: paulabaal12/PROY-SOFTWARE — Scrum/software/server/main.js at d625ee9 (Meteor.startup), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: before the pool moved to its own module, the Meteor server built it inside `Meteor.startup` and probed it with `pool.connect((err) => …)`, a callback that takes neither the client nor `done`, then registered methods querying through the pool: the probe's client is never released
import { Meteor } from "meteor/meteor";
import { Pool } from "pg";

Meteor.startup(() => {
  const pgConfig = Meteor.settings.postgres || {
    host: "localhost",
    port: 5432,
    database: "users_database",
  };

  const pool = new Pool(pgConfig);

  pool.connect((err) => {
    if (err) {
      console.error("PostgreSQL connection error:", err);
    } else {
      console.log("Connected to PostgreSQL");
    }
  });

  Meteor.methods({
    "usuarios.insert"(data) {
      pool.query(
        "INSERT INTO usuarios (name, email) VALUES ($1, $2)",
        [data.name, data.email],
        (err) => {
          if (err) {
            throw new Meteor.Error("database-error", "insert failed");
          }
        },
      );
    },
  });
});
