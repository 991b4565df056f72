// Source: louislam/uptime-kuma — server/monitor-types/postgres.js (PostgresMonitorType.postgresQuery), reduced by hand, not copied
// Label: safe
// Why: the monitor opens a dedicated `pg.Client` per check, not a pool checkout, and ends it on the connect error, after the query's callback, and in the catch
const { Client } = require("pg");
const postgresConParse = require("pg-connection-string").parse;

class PostgresMonitorType {
  name = "postgres";

  async postgresQuery(connectionString, query) {
    return new Promise((resolve, reject) => {
      const config = postgresConParse(connectionString);
      if (config.password === "") {
        reject(new Error("Password is undefined."));
        return;
      }
      const client = new Client(config);
      client.on("error", (error) => reject(error));

      client.connect((err) => {
        if (err) {
          reject(err);
          client.end();
        } else {
          try {
            client.query(query, (err, res) => {
              if (err) {
                reject(err);
              } else {
                resolve(res);
              }
              client.end();
            });
          } catch (e) {
            reject(e);
            client.end();
          }
        }
      });
    });
  }
}

module.exports = { PostgresMonitorType };
