// Source: bajay2/Blackjack-Bot — commands/blackjack-command.js at 00c8708 (execute), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each branch's callback query releases the client before starting the game, but a rejected first SELECT only reaches the catch that logs, and that client is never released
const { SlashCommandBuilder } = require("@discordjs/builders");
var pool = require("./db.js");
const blackjack = require("./blackjack");
var balance;
var greet;

module.exports = {
  data: new SlashCommandBuilder().setName("blackjack").setDescription("Play a hand"),
  async execute(interaction) {
    pool
      .connect()
      .then((client) => {
        client
          .query(`select balance from users where id = $1`, [interaction.user.id])
          .then((res) => {
            if (res.rows == 0) {
              client.query("insert into users (id, balance) values ($1, 1000)", [interaction.user.id], (err, res) => {
                greet = "Welcome! You have been given a balance of 1000 to play with.\n";
                balance = 1000;
                client.release();
                game();
              });
            } else {
              client.query("select balance from users where id = $1", [interaction.user.id], (err, res) => {
                greet = "";
                balance = res.rows[0].balance;
                client.release();
                game();
              });
            }
          })
          .catch((err) => {
            console.error(err);
          });
      })
      .catch((err) => {
        console.error(err);
      });

    function game() {
      const bet = interaction.options.getInteger("bet");
      if (bet > balance) {
        interaction.reply({ content: "Bet too large. Please lower your bet." });
      } else {
        interaction.reply({ content: greet + blackjack.initGame(balance, bet)[0], components: [] });
      }
    }
  },
};
