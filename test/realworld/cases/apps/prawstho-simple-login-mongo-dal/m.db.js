const { MongoClient } = require("mongodb");

const pool = new MongoClient(process.env.MDBLOCAL);

module.exports = pool;
