// Source: i-yoshiaki/slash-jamsbot-79 — commands/99agentList.js (execute), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Discord admin command checks out a client only to log "connected", runs its query on the pool, and never releases the checkout: every call holds one more connection
const adminCheck = require("./adminCheck.js");

module.exports = {
  data: { name: "99-agent-list", description: "list agents (admin)" },
  async execute(interaction) {
    const db = require("./db.js");
    let text = "";
    if (adminCheck(interaction)) {
      let rows;
      db.pool.connect()
        .then(() => console.log("Connected successfuly"))
        .then(() => db.pool.query("SELECT * FROM agents ORDER BY id ASC"))
        .then((result) => (rows = result.rows))
        .then(function () {
          for (const row of rows) text += `id:${row.id} name:${row.name}\n`;
          interaction.reply(text);
        })
        .catch(console.error);
    } else await interaction.reply("not allowed");
  },
};
