// Source: bajay2/Blackjack-Bot — index.js at 00c8708 (the 'stand' branch of the interactionCreate handler; its 'double' branch is the same), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the balance UPDATE and the winnings SELECT are started without waiting and the client is released at once; the SELECT's callback then runs one more UPDATE on a client already back in the pool
const { Client, Intents } = require("discord.js");
var pool = require("./db.js");
const blackjack = require("./blackjack");

const client = new Client({ intents: [Intents.FLAGS.GUILDS] });

client.on("interactionCreate", async (interaction) => {
  if (!interaction.isButton()) return;
  if (interaction.customId.includes("stand")) {
    let stand = blackjack.stand();
    pool
      .connect()
      .then((client) => {
        client.query(`update users set balance=($1) where id=($2)`, [stand[1], interaction.user.id]);
        if (stand[2] > 0) {
          client.query("select won from users where id = $1", [interaction.user.id], (err, res) => {
            const winnings = res.rows[0].won + stand[2];
            client.query(`update users set won=($1) where id=($2)`, [winnings, interaction.user.id]);
          });
        }
        client.release();
      })
      .catch((err) => {
        console.error(err);
      });
    await interaction.update({ content: stand[0], components: [] });
  }
});
