// Source: eyepop/LePointeur — commands/count/chatty.js (ChattyCommand.run), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout's `done` is never called: the query's `row` and `end` handlers build and send the reply but nothing gives the client back
const { Command } = require("discord.js-commando");
var pool = require("../../clientpool.js");

module.exports = class ChattyCommand extends Command {
  constructor(bot) {
    super(bot, { name: "chatty", group: "count", memberName: "chatty", description: "Lists the most talkative people" });
  }

  async run(message) {
    var text = "**The most chatty:**\n";
    var num = 0;
    pool.connect((err, client, done) => {
      var query = client.query("select name, count from users order by count desc");
      query.on("row", (row) => {
        if (num < 5) {
          num += 1;
          text = text + num + ". " + row.name + ": " + row.count + "\n";
        }
      });
      query.on("end", () => {
        message.channel.sendMessage(text);
      });
    });
  }
};
