// Source: i-yoshiaki/slash-jamsbot-79 — index.js (the 08:00/20:00 cron.schedule callback), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the scheduled job releases only in its query's success handler; a failed query (no `.catch`) leaves the checkout held, twice a day
const cron = require("node-cron");
const { client, channelId } = require("./bot.js");

cron.schedule("0 8,20 * * *", () => {
  const embed = require("./embed/regularExecute.json");
  const db = require("./db.js");
  db.pool.connect().then((sql) => {
    sql.query("SELECT url FROM regular_images").then((result) => {
      sql.release();
      embed.image.url = result.rows[0].url;
      client.channels.cache.get(channelId).send({ embeds: [embed] });
    });
  });
});
