// Source: jacmol7/Twitch-Chat-Stats — backend/TwitchLogger/main.js (module scope, the version on a pg Pool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Twitch chat logger makes a pg Pool and calls `sqlPool.connect()` "to connect to the database", dropping the client it resolves to; the logger then writes through `sqlPool.query`, so one client stays checked out for the life of the process
const { Pool } = require("pg");
const tmi = require("tmi.js");
const fs = require("fs");
const twitchLogging = require("./twitchLogging.js");

const options = JSON.parse(fs.readFileSync("twitchSettings.json"));
const dbOptions = JSON.parse(fs.readFileSync("sqlSettings.json"));

const sqlPool = new Pool({
  user: dbOptions.user,
  host: dbOptions.host,
  database: dbOptions.database,
  password: dbOptions.password,
  port: dbOptions.port,
});
sqlPool.connect();

const client = new tmi.client(options);

twitchLogging.start(sqlPool, client);
