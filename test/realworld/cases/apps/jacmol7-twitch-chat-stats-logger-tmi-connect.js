// Source: jacmol7/Twitch-Chat-Stats — backend/TwitchLogger/main.js at 17e7ab2c (module scope: the Twitch connection), reduced by hand, not copied
// Label: safe
// Why: `client.connect()` here is tmi.js's Twitch IRC connection, not a pg checkout; the pg side is handed to the logger whole and queried with `query(…, callback)`
const { Pool } = require("pg");
const tmi = require("tmi.js");
const fs = require("fs");
const twitchLogging = require("./twitchLogging.js");

const dbOptions = JSON.parse(fs.readFileSync("sqlSettings.json"));
const sqlPool = new Pool(dbOptions);

const client = new tmi.client({ connection: { reconnect: true } });
client.connect();

client.on("message", (channel, user, msg, self) => {
  if (self) return;
  sqlPool.query("INSERT INTO word(word, streamer, count) VALUES($1, $2, 1)", [msg, channel.substring(1)], (err) => {
    if (err) console.error(err);
  });
});

twitchLogging.start(sqlPool, client);
