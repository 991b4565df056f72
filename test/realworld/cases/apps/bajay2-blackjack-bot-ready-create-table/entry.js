// Source: bajay2/Blackjack-Bot — index.js at 00c8708 (the Discord client's 'ready' handler), reduced by hand, not copied
// Label: safe
// Why: the callback-style checkout runs one CREATE TABLE and calls done(err) in the query's callback, on success and on error alike
const { Client, Intents } = require("discord.js");
var pool = require("./db.js");

const client = new Client({ intents: [Intents.FLAGS.GUILDS] });

client.on("ready", () => {
  console.log("Ready!");
  pool.connect((err, client, done) => {
    client.query(
      "create table if not exists users( id text primary key, wagered integer default 0, won integer default 0, balance integer default 100)",
      (err, res) => {
        done(err);
      }
    );
  });
});

client.login(process.env.TOKEN);
