// Source: JorgeA79/Discord-Music-Bot-tutorial — commands/daily.js (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Discord bot's command module calls `pool.connect()` at load and drops the client it resolves to; the command itself only ever uses `pool.query`, so the checkout is held for the life of the process
const Discord = require("discord.js");
const pg = require("pg");

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
});
pool.connect();

module.exports = {
  name: "daily",
  description: "Collect the daily reward",
  execute(client, message) {
    pool.query(`SELECT * FROM usersxp WHERE id = $1`, [message.author.id], (err, result) => {
      if (err) return err;
      message.channel.send(new Discord.MessageEmbed().setDescription(`${result.rows.length} rows`));
    });
  },
};
