// Source: bajay2/Blackjack-Bot — commands/balance-command.js at 00c8708 (execute), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the /balance slash command checks a client out on a promise chain, reads the balance and replies, and never releases it: every /balance keeps one of the pool's ten clients
const { SlashCommandBuilder } = require("@discordjs/builders");
var pool = require("./db.js");
var balance;

module.exports = {
  data: new SlashCommandBuilder().setName("balance").setDescription("Check your current balance"),
  async execute(interaction) {
    pool
      .connect()
      .then((client) => {
        client
          .query(`select balance from users where id = $1`, [interaction.user.id])
          .then((res) => {
            if (res.rows == 0) {
              interaction.reply({ content: "Use /blackjack to start an account and receive 100 credit: ", components: [] });
            } else {
              balance = res.rows[0].balance;
              interaction.reply({ content: "Your balance is: " + balance.toString(), components: [] });
            }
          })
          .catch((err) => {
            console.error(err);
          });
      })
      .catch((err) => {
        console.error(err);
      });
  },
};
