// Source: eyepop/LePointeur — index.js at a77d387^ (the top-level checkout after the ready handler, replaced by "ok ok"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the callback takes `done` and never calls it: it reads `.rows` off the un-awaited query (a TypeError) and would then `client.end()` the connection, which closes it without giving the pool its slot back
var pool = require("./clientpool.js");
const Discord = require("discord.js");

const bot = new Discord.Client();

bot.on("ready", () => {
  console.log("I am ready!");
});

pool.connect((err, client, done) => {
  var res = client.query("SELECT * FROM users");
  res.rows.forEach((row) => {
    console.log(row);
  });
  client.end();
});

bot.login(process.env.TOKEN);
