// Second module of the case: config/database.js at 260bbfc, reduced by hand — getDB checks out of a lazily made pg 6 Pool
var pg = require("pg");

var pool;

function getDB(callback) {
  pool = pool || new pg.Pool({ database: "gearbum", max: 10 });
  pool.connect(callback);
}

module.exports = { getDB };
