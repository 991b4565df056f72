// Source: daxherrera/callscreenerbot — bot.js (message handler, `!q`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: `release()` runs right after the SELECT is sent, so the SELECT's callback always runs later, on a client already back in the pool, and sends its INSERT or UPDATE there (another holder's connection by then)
const Discord = require("discord.js");
const { Pool } = require("pg");

const bot = new Discord.Client();
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

bot.on("message", (msg) => {
  if (!msg.content.startsWith("!") || msg.author.bot) return;
  const args = msg.content.slice(1).split(/ +/);
  const command = args.shift().toLowerCase();
  const guild = msg.guild.id;
  if (command === "q") {
    const reason = args.join(" ");
    pool.connect((err, client, release) => {
      if (err) {
        return console.error("Error acquiring client", err.stack);
      }
      client.query("SELECT data FROM call_lists WHERE guild = $1 LIMIT 1", [guild], (err, result) => {
        if (err) {
          return console.error("Error executing query", err.stack);
        }
        const call = { user_id: msg.author.id, user_message: reason };
        if (!result.rows.length) {
          client.query("INSERT INTO call_lists(guild, data) VALUES($1, $2)", [guild, JSON.stringify([call])]);
        } else {
          const list = result.rows[0].data.filter((entry) => entry.user_id !== msg.author.id);
          list.push(call);
          client.query("UPDATE call_lists SET data = $2 WHERE guild = $1", [guild, JSON.stringify(list)]);
        }
        msg.channel.send("You have been queued.");
      });
      release();
    });
  }
});

bot.login(process.env.BOT_TOKEN);
