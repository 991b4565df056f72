// Source: S-njc/CRUD-Mongo-db — database/connect.js (module top level), reduced by hand, not copied
// Label: safe
// Why: the only connect() is mongoose's; the pg pool next to it is only created
const mongoose = require("mongoose");
const { Pool } = require("pg");

mongoose.connect(process.env.MONGODB_URI, { useNewUrlParser: true, useUnifiedTopology: true });

const pool = new Pool({ host: process.env.PG_HOST, database: process.env.PG_DATABASE });

module.exports = { pool };
