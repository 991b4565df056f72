// A release made only in the callback given to a local module's function that never calls it back when its query
// fails (gaps-32a, from muminoff/vt-chat-server's socket handlers: ./signin's `client.query(sql, [token], (err, result)
// => { callback(result.rows[0]); })`, ./messagesave logging the error and then reading the result): pg calls a failed
// query back with the error alone, the read throws inside the query callback, and `done()` never runs. The module is
// read once per version; each invalid case sits beside a twin module that checks the error first, calls back before
// the read, reads under a branch, or names the callback elsewhere.
import { Linter } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-skipped-callback-releases-");

const helper = (body: string) => `module.exports = function (client, token, logger, callback) {
  client.query("SELECT id FROM users WHERE token = $1", [token], function (err, result) {
${body}
  });
};
`;

write("unchecked/signin.js", helper("    callback(result.rows[0]);"));
write("logged/signin.js", helper("    if (err) {\n      logger.error(err);\n    }\n    return callback(result.rows[0]);"));
write("checked/signin.js", helper("    if (err) return callback(null);\n    callback(result.rows[0]);"));
write("first/signin.js", helper("    callback(result && result.rows[0]);"));
write("branch/signin.js", helper("    if (token) callback(result.rows[0]);\n    else callback(null);"));
write("declared/signin.js", helper("    var user = result.rows[0];\n    callback(user);"));
write("called-first/signin.js", helper("    console.log(callback(null), result.rows[0]);"));
write("before/signin.js", helper("    if (err) callback(null);\n    callback(result.rows[0]);"));
write(
  "elsewhere/signin.js",
  `module.exports = function (client, token, logger, callback) {
  if (!token) return callback(null);
  client.query("SELECT 1", [token], function (err, result) {
    callback(result.rows[0]);
  });
};
`,
);

const entry = `var pg = require("pg");
var signinUser = require("./signin");
module.exports = function (socket, token) {
  pg.connect(process.env.PG_URL, function (err, client, done) {
    if (err) return socket.emit("fail");
    signinUser(client, token, console, function (user) {
      done();
      socket.emit("signin_response", user);
    });
  });
};
`;
const at = (dir: string) => path.join(root, dir, "entry.js");
const skipped = [
  {
    messageId: "callbackPathWithoutDone" as const,
    data: { pool: "pg", where: "an exception from the call on line 6", done: "done" },
    line: 4,
    column: 3,
    suggestions: [],
  },
];

ruleTester.run("no-leaked-client: a release in a callback a local module skips on a failed query", rule, {
  valid: [
    { name: "the module checks the error first", code: entry, filename: at("checked") },
    { name: "the module tests the result before reading it", code: entry, filename: at("first") },
    { name: "the read under a branch", code: entry, filename: at("branch") },
    { name: "the module calls back on the error before the read", code: entry, filename: at("before") },
    { name: "the module calls back in the read's statement, before the read", code: entry, filename: at("called-first") },
    { name: "the module names the callback before the query too", code: entry, filename: at("elsewhere") },
    { name: "the release also outside the callback", code: entry.replace('if (err) return socket.emit("fail");', 'if (err) return socket.emit("fail");\n    socket.on("disconnect", done);'), filename: at("unchecked") },
  ],
  invalid: [
    { name: "./signin calls back with `result.rows[0]`, its error never read", code: entry, filename: at("unchecked"), errors: skipped },
    { name: "./signin logs the error, then reads the result", code: entry, filename: at("logged"), errors: skipped },
    { name: "./signin reads the result into a variable, then calls back", code: entry, filename: at("declared"), errors: skipped },
  ],
});

describe("under ESLint's default parser", () => {
  it("reports the unchecked module's caller in a .js file read by espree, and not the checked one's", () => {
    const linter = new Linter({ cwd: root });
    const config: Linter.Config[] = [
      { files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } },
    ];
    const lint = (dir: string) =>
      linter.verify(entry, config, { filename: at(dir) }).map((message) => `${message.line}:${message.column}:${message.messageId}`);
    expect(lint("unchecked")).toEqual(["4:3:callbackPathWithoutDone"]);
    expect(lint("checked")).toEqual([]);
  });
});
