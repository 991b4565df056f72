// Source: bajay2/Blackjack-Bot — commands/hourly-command.js at 00c8708 (execute), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: both branches of the balance SELECT's then release the client, but when the SELECT rejects the catch only logs, so that client is never given back
const { SlashCommandBuilder } = require("@discordjs/builders");
var pool = require("./db.js");
const hourly = 100;
const cooldowns = new Map();

module.exports = {
  data: new SlashCommandBuilder().setName("hourly").setDescription("Collect your hourly bonus"),
  async execute(interaction) {
    if (cooldowns.has(interaction.user.id)) {
      interaction.reply({ content: "Please wait for next hourly bonus", ephemeral: true });
    } else {
      cooldowns.set(interaction.user.id, Date.now() + 3600000);
      setTimeout(() => {
        cooldowns.delete(interaction.user.id);
      }, 3600000);

      pool
        .connect()
        .then((client) => {
          client
            .query(`select balance from users where id = $1`, [interaction.user.id])
            .then((res) => {
              if (res.rows == 0) {
                client.query("insert into users (id, balance) values ($1, 1000)", [interaction.user.id], (err, res) => {
                  interaction.reply({ content: "Welcome! You have been given a balance of 1000 to play with.", components: [] });
                  client.release();
                });
              } else {
                var balance = res.rows[0].balance;
                balance += hourly;
                client.query(`update users set balance=($1) where id=($2)`, [balance, interaction.user.id]);
                interaction.reply({ content: "You received 100 credits. You now have " + balance.toString(), components: [] });
                client.release();
              }
            })
            .catch((err) => {
              console.error(err);
            });
        })
        .catch((err) => {
          console.error(err);
        });
    }
  },
};
