// Source: jacmol7/Twitch-Chat-Stats — backend/TwitchLogger/main.js at 17e7ab2c (module scope, the version on a pg Client), reduced by hand, not copied
// Label: safe
// Why: the later version keeps the name `sqlPool` but makes it a dedicated `new Client(…)` from pg: `sqlPool.connect()` opens that one connection for the logger's life — no pool, nothing checked out to give back
const { Pool, Client } = require("pg");
const tmi = require("tmi.js");
const fs = require("fs");
const twitchLogging = require("./twitchLogging.js");

const dbOptions = JSON.parse(fs.readFileSync("sqlSettings.json"));

const sqlPool = new Client({
  user: dbOptions.user,
  host: dbOptions.host,
  database: dbOptions.database,
  password: dbOptions.password,
  port: dbOptions.port,
});
sqlPool.connect();

const client = new tmi.client({ connection: { reconnect: true } });

twitchLogging.start(sqlPool, client);
