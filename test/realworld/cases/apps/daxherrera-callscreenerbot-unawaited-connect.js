// Source: daxherrera/callscreenerbot — bot.js at d3fd72a (start-up block), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `pool.connect()` is not awaited: `client` is the pending promise, so `client.query` throws a TypeError into the catch and the checkout that promise later resolves to is never released
const Discord = require("discord.js");
const bot = new Discord.Client();

const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

try {
  const client = pool.connect();
  const result = client.query("SELECT * FROM call_lists");
  const results = { results: result ? result.rows : null };
  console.log(results);
  client.release();
} catch (err) {
  console.error(err);
}

bot.on("ready", () => {
  console.log(`Logged in as ${bot.user.tag}!`);
});

bot.login(process.env.BOT_TOKEN);
