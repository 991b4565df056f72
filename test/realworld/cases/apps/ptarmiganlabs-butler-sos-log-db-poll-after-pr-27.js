// Source: ptarmiganlabs/butler-sos — butler-sos.js at bbda64f (the log db polling timer, as PR #27 "Remove duplicate pgClient release" left it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release now runs only in the query's success handler; when the query rejects, the chain's catch just logs and the client never goes back
var globals = require("./globals");

setInterval(function () {
  globals.logger.verbose("Event started: Query log db");

  globals.pgPool
    .connect()
    .then((pgClient) => {
      return pgClient
        .query("select id, entry_timestamp, entry_level, payload from public.log_entries where entry_timestamp > now() - interval '5 minutes'")
        .then((res) => {
          pgClient.release();
          res.rows.forEach(function (row) {
            if (!row.payload.hasOwnProperty("Message")) {
              row.payload.Message = "";
            }
            globals.influx.writePoints([{ measurement: "log_event", fields: { message: row.payload.Message } }]).catch((err) => {
              console.error(`Error saving log event to InfluxDB! ${err.stack}`);
            });
          });
        })
        .then(() => {
          globals.logger.verbose("Sent log event to Influxdb. ");
        })
        .catch((err) => {
          globals.logger.error("Log db query error: " + err.stack);
          // pgClient.release();
        });
    })
    .catch((err) => {
      globals.logger.error("ERROR: Could not connect to Postgres log db: " + err.stack);
    });
}, globals.config.get("Butler-SOS.logdb.pollingInterval"));
