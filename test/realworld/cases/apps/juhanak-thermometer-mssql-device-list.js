// Source: juhanak/thermometer — api/server.js, reduced by hand, not copied
// Label: safe
// Why: the thermometer API lists its devices from SQL Server: `sql.connect(connectionString).then(…)` is mssql's global pool connect, not a pg checkout
const sql = require("mssql");

const connectionString = process.env.mssqlconnection;

sql
  .connect(connectionString)
  .then(function () {
    new sql.Request()
      .query("select * from device")
      .then(function (recordset) {
        console.dir(recordset);
      })
      .catch(function (err) {
        console.log(err);
      });
  })
  .catch(function (err) {
    console.log(err);
  });
