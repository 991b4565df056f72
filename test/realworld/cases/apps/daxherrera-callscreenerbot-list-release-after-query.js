// Source: daxherrera/callscreenerbot — bot.js (message handler, `!list`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: Discord bot: `release()` runs right after the callback-style `client.query(…)` is sent, so the client goes back to the pool before its SELECT has run
const Discord = require("discord.js");
const { Pool } = require("pg");

const bot = new Discord.Client();
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

bot.on("message", (msg) => {
  if (!msg.content.startsWith("!") || msg.author.bot) return;
  const command = msg.content.slice(1).split(/ +/).shift().toLowerCase();
  const guild = msg.guild.id;
  if (command === "list") {
    pool.connect((err, client, release) => {
      if (err) {
        return console.error("Error acquiring client", err.stack);
      }
      client.query("SELECT data FROM call_lists WHERE guild = $1 LIMIT 1", [guild], (err, result) => {
        if (err) {
          return console.error("Error executing query", err.stack);
        }
        if (result.rows.length > 0) {
          for (const call of result.rows[0].data) msg.channel.send(call.user_name + ": " + call.user_message);
        } else {
          msg.channel.send("No callers.");
        }
      });
      release();
    });
  }
});

bot.login(process.env.BOT_TOKEN);
