// Source: eyepop/LePointeur — index.js before 6c582bf "ok ok" (the message handler's checkout), reduced by hand, not copied
// Label: safe
// Why: `done(err)` is the first statement of the query callback, so the client goes back (or is discarded on error) before `result.rows` is read; the SELECT, sent with a parameter it has no placeholder for, always fails and that read then throws, but with no client held
var pool = require("./clientpool.js");
const Discord = require("discord.js");

const bot = new Discord.Client();

bot.on("message", (message) => {
  pool.connect((err, client, done) => {
    client.query("select * from users", [message.author.id], (err, result) => {
      done(err);
      console.log(result.rows);
    });
  });
});
