// Source: tanay97/Trading-Card-Tracker — db/SheetJSSQL.js (getAndExecuteDropAndCreateTableQueries), reduced by hand, not copied
// Label: leak
// Why: the spreadsheet import sends its DROP/CREATE TABLE statements at once through the client from the project's callback `getClient` (./db/util.js) and calls `done()` only in the Promise.all `.then`; a failing statement lands in the `.catch`, which only logs, so the client is never given back
var dbUtil = require("./db/util.js");
dbUtil.connect();

var out = [];

module.exports = {
  getAndExecuteDropAndCreateTableQueries: function () {
    dbUtil.getClient((err, client, done) => {
      if (err) {
        res.status(500).send("Error retrieving client");
      }
      var promises = [];
      for (let i = 0; i < out.length; i++) {
        promises.push(client.query(out[i]));
      }
      Promise.all(promises)
        .then((res) => {
          console.log("Successfully completed creation of table");
          done();
        })
        .catch((error) => {
          console.error(error.stack);
        });
    });
  },
};
