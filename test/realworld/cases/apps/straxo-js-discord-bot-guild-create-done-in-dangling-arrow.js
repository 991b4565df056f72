// Source: StraXO/JS-Discord-Bot — events/guildCreate.js (module.exports), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the INSERT's closing parenthesis comes before its callback — `clientDB.query(sql), async (err, result) => { done(err); };` is a comma expression, so the arrow that calls `done` is made and dropped, never called: each guild the bot joins keeps a client
module.exports = (client, guild, pool) => {
  console.log(`[INFO] New guild joined: ${guild.name} (id: ${guild.id})`);

  pool.connect(async (err, clientDB, done) => {
    if (err) throw err;
    clientDB.query(`INSERT INTO guilds (id, prefix) VALUES ('${guild.id}', '${client.settings.defaultSettings.prefix}')`), async (err, result) => {
      done(err);
    };
    client.settings.set(guild.id, client.settings.defaultSettings.prefix, "prefix");
  });

  const logChannel = client.guilds.get(process.env.support_guild_id).channels.get(process.env.support_guild_channel_id);
  if (logChannel !== undefined) logChannel.send("New guild: " + guild.name);
};
