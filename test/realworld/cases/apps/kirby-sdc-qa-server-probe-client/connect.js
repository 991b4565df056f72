require("dotenv").config();
const Client = require("pg").Client;

const config = { user: process.env.USERID, host: process.env.HOST, database: process.env.DATABASE };

const connectionClient = new Client(config);

module.exports = connectionClient;
