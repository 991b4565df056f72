// Source: StraXO/JS-Discord-Bot — events/message.js (module.exports, the version reading the prefix through the pool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every guild message checks a client out with a callback, returns early when the message lacks the prefix, and otherwise runs the command — no path calls `done`, so each message keeps one client
module.exports = async (client, message, pool, defaultSettings) => {
  if (!message.guild || message.author.bot) return;

  const guildConf = client.settings.ensure(message.guild.id, defaultSettings);

  pool.connect(async (err, clientDB, done) => {
    if (err) throw err;

    if (!message.content.startsWith(guildConf.prefix)) return;

    const args = message.content.slice(guildConf.prefix.length).trim().split(/ +/g);
    const cmd = args.shift().toLowerCase();
    const commandFile = client.commands.get(cmd) || client.commands.get(client.aliases.get(cmd));

    if (commandFile) {
      commandFile.run(client, message, args, guildConf, pool);
      console.log(`[INFO] ${message.author.tag} ran ${cmd}`);
    } else {
      console.log(`[CNF] ${message.author.tag} ran an unknown command: ${cmd}`);
    }
  });
};
