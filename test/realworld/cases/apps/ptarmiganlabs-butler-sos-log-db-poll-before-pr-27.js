// Source: ptarmiganlabs/butler-sos — butler-sos.js at bbda64f^ (the log db polling timer, before PR #27 "Remove duplicate pgClient release"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the success handler releases first, then reads each row's payload; when that throws (a row without payload), the chain's catch releases the same client again and pg throws "Release called on client which has already been released"
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
          pgClient.release();
          globals.logger.error("Log db query error: " + err.stack);
        });
    })
    .catch((err) => {
      globals.logger.error("ERROR: Could not connect to Postgres log db: " + err.stack);
    });
}, globals.config.get("Butler-SOS.logdb.pollingInterval"));
