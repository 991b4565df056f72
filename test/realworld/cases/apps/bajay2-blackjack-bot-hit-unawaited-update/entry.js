// Source: bajay2/Blackjack-Bot — index.js at 00c8708 (the 'hit-button' branch of the interactionCreate handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the balance UPDATE is started without waiting for it and `client.release()` follows at once, so the client goes back to the pool with the UPDATE still queued on it (and its failure is never seen)
const { Client, Intents } = require("discord.js");
var pool = require("./db.js");
const blackjack = require("./blackjack");

const client = new Client({ intents: [Intents.FLAGS.GUILDS] });

client.on("interactionCreate", async (interaction) => {
  if (!interaction.isButton()) return;
  if (interaction.customId.includes("hit")) {
    let hit = blackjack.userHit();
    if (!blackjack.isGameOver()) {
      await interaction.update({ content: hit, components: [] });
    } else {
      pool
        .connect()
        .then((client) => {
          client.query(`update users set balance=($1) where id=($2)`, [hit[1], interaction.user.id]);
          client.release();
        })
        .catch((err) => {
          console.error(err);
        });
      await interaction.update({ content: hit[0], components: [] });
    }
  }
});
