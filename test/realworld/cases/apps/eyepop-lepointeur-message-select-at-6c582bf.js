// Source: eyepop/LePointeur — index.js at 6c582bf "ok ok" (the message handler's checkout), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the commit moved `done(err)` below `console.log(result.rows)`; the SELECT is sent with a parameter it has no placeholder for, so it always fails, `result` is undefined, the read throws a TypeError and `done` is never reached — every chat message keeps a client
var pool = require("./clientpool.js");
const Discord = require("discord.js");

const bot = new Discord.Client();

bot.on("message", (message) => {
  pool.connect((err, client, done) => {
    client.query("select * from users", [message.author.id], (err, result) => {
      console.log(result.rows);
      done(err);
    });
  });
});
