// Source: DeltaRade/Anzeo — events/ready.js (module.exports, the version that connects before its DDL), reduced by hand, not copied
// Label: safe
// Why: the Discord bot's ready handler opens a connection of liberch's `PostgreSQL` wrapper (its own client, not a pg pool), creates the settings table and ends it; nothing is checked out of a pool
const { PostgreSQL } = require("liberch");

module.exports = async (client) => {
  console.log(`ready ${client.user.username}`);
  client.user.setActivity("Li | . | &");
  const db = new PostgreSQL({
    connectionString: process.env.DATABASE_URL,
    ssl: true,
  });
  await db.connect();
  await db.query("CREATE TABLE IF NOT EXISTS settings (guild, welcomemsg, welcomechannel, leavemsg, leavechannel, autoroleenabled, autorolerole)");
  await db.end();
};
