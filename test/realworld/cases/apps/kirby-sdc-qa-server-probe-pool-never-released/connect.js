require("dotenv").config();
const Pool = require("pg").Pool;

const config = { user: process.env.USERID, host: process.env.HOST, database: process.env.DATABASE };

const connectionClient = new Pool(config);

module.exports = connectionClient;
