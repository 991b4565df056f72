// Source: ExoCode33/Nyx — src/index.js at 9f210975 (main), reduced by hand, not copied
// Label: safe
// Why: `db.connect()` is the project's Database wrapper (a singleton whose `connect()` builds the pg pool and returns it), not a checkout; the Discord client's `login()` and `on("interactionCreate")` beside it are discord.js's, and nothing here holds a pg client
const { Client, GatewayIntentBits } = require("discord.js");
const db = require("./database/pool");
const config = require("./config");

const client = new Client({ intents: [GatewayIntentBits.Guilds] });

client.on("interactionCreate", async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  const rows = await db.query("SELECT * FROM watchlist WHERE guild_id = $1", [interaction.guildId]);
  await interaction.reply({ content: `${rows.rowCount} watched`, ephemeral: true });
});

async function main() {
  try {
    await db.connect();
    await client.login(config.discord.token);
  } catch (error) {
    console.error("Fatal error during initialization:", error);
    process.exit(1);
  }
}

main();

module.exports = { client };
