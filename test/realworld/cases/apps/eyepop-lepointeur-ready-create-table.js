// Source: eyepop/LePointeur — index.js (ready handler), reduced by hand, not copied
// Label: safe
// Why: Discord bot start-up: `done(err)` is the first statement of the query callback, releasing (or discarding on error) the client on every path
var pool = require("./clientpool.js");
const Discord = require("discord.js");

const bot = new Discord.Client();

bot.on("ready", () => {
  console.log("ready");
  pool.connect((err, client, done) => {
    client.query("create table if not exists users (id text primary key, name text, count integer default 0)", (err, result) => {
      done(err);
      console.log(result);
    });
  });
});

bot.login(process.env.BOT_TOKEN);
