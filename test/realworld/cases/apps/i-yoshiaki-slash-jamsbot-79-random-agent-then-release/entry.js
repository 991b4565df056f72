// Source: i-yoshiaki/slash-jamsbot-79 — commands/02randomAgent.js (execute), reduced by hand, not copied
// Label: safe
// Why: the client's query chain releases in its success handler and in its `.catch`; the reply that follows uses only the rows
module.exports = {
  data: { name: "random-agent", description: "pick an agent" },
  async execute(interaction) {
    const sql = "SELECT * FROM agents WHERE category = 1";
    let rows = null;
    const db = require("./db.js");
    db.pool.connect().then((client) => {
      return client
        .query(sql)
        .then((result) => {
          client.release();
          rows = result.rows;
        })
        .catch((err) => {
          client.release();
          console.log(err.stack);
        })
        .then(function () {
          const pick = rows[Math.floor(Math.random() * rows.length)];
          interaction.reply({ embeds: [{ title: `${pick.name} it is`, image: { url: pick.url } }] });
        });
    });
  },
};
