// Source: ralt/greenshore — entities/project.js at 4ead07b (getProjects, 2014-05, pg ^3.0.3, bluebird ^1.2.4), reduced by hand, not copied
// Label: safe
// Why: ./postgresql's connect() gives the client back in its own `.finally` before this `.then` runs, and hands on only the bound context; the SELECT then runs on a client already returned to the pool (a use after release in effect, invisible here), but no checkout is held by this function
var db = require("./postgresql");

exports.getProjects = function () {
  return db
    .connect()
    .then(function () {
      return this.client.queryAsync("SELECT * FROM project");
    })
    .get("rows");
};
