// A checkout stored into a local variable of a long-lived handler that nothing releases or lets go further is no
// hand-over (unreleased-local-stores.ts): yusufkryll/MultiplayerWordleServer checks a client out for every socket that
// connects, keeps it in the 'connect' handler's `let db` for the player's session, and never releases it. Each valid
// case is a twin of one guard: a release of the variable, the module's own variable, a field, a store that also goes
// elsewhere, a call of an import, a return, a member not named statically. Plain JavaScript shapes, so every case is
// also linted under espree (ESLint's default parser for .js).
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const PG = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
/** A socket.io 'connect' handler whose callback checkout stores its client as `store`, then `handlers`. */
const perSocket = (store: string, handlers: string, declared = "  let db = null;\n") => `${PG}function attach(io) {
  io.on("connect", (socket) => {
${declared}    pool.connect((err, client) => {
      if (err) throw err;
      ${store}
    });
${handlers}
  });
}
async function saveScore(c, points, id) {
  await c.query("UPDATE players SET score = score + $1 WHERE id = $2", [points, id]);
}
module.exports = attach;
`;
const SCORE = `    socket.on("score", async (points) => {
      await saveScore(db, points, socket.id);
    });
    socket.on("disconnect", () => {
      if (db) console.log("player left");
      db = null;
    });`;

const parsers = ["typescript", "espree"] as const;
const under = (parser: (typeof parsers)[number]) => (parser === "espree" ? { languageOptions: { parser: espree } } : {});
const neverReleased = (line: number, column: number) => ({ messageId: "neverReleased" as const, data: { pool: "pool" }, line, column, suggestions: [] });

const valid = [
  {
    name: "the variable released when the player leaves",
    code: perSocket("db = client;", `    socket.on("score", (points) => saveScore(db, points, socket.id));\n    socket.on("disconnect", () => db.release());`),
  },
  {
    name: "the release method handed to the disconnect listener",
    code: perSocket("db = client;", `    socket.on("disconnect", db.release);`),
  },
  {
    name: "a variable of the module, held for the process: left to the module's readings",
    code: perSocket("db = client;", SCORE, "").replace(`${PG}`, `${PG}let db = null;\n`),
  },
  { name: "a field of the socket", code: perSocket("socket.db = client;", `    socket.on("score", (points) => saveScore(socket.db, points, socket.id));`) },
  {
    name: "a store that also puts the client in a registry",
    code: perSocket("players.set(socket.id, (db = client));", SCORE).replace(`${PG}`, `${PG}const players = new Map();\n`),
  },
  {
    name: "the variable handed to an imported function",
    code: perSocket("db = client;", `    socket.on("score", (points) => keep(db, points));`).replace(`${PG}`, `${PG}const { keep } = require("./sessions");\n`),
  },
  { name: "the variable returned by a getter", code: perSocket("db = client;", `    socket.data.session = () => db;`) },
  { name: "a member chosen at run time", code: perSocket("db = client;", `    socket.on("leave", (action) => db[action]());`) },
];

const invalid = [
  { name: "the 'connect' handler's `let db` only queried, tested and cleared", code: perSocket("db = client;", SCORE), errors: [neverReleased(6, 5)] },
  {
    name: "an awaited checkout stored into the handler's variable from another handler",
    code: `${PG}function lobby(io) {
  io.on("connection", (socket) => {
    let session;
    socket.on("join", async (room) => {
      const client = await pool.connect();
      session = client;
      await session.query("INSERT INTO lobby (room, player) VALUES ($1, $2)", [room, socket.id]);
    });
  });
}
module.exports = lobby;
`,
    errors: [neverReleased(7, 28)],
  },
];

ruleTester.run("no-leaked-client: a store into a handler's local that nothing releases", rule, {
  valid: parsers.flatMap((parser) => valid.map((entry) => ({ ...entry, name: `${entry.name} (${parser})`, ...under(parser) }))),
  invalid: parsers.flatMap((parser) => invalid.map((entry) => ({ ...entry, name: `${entry.name} (${parser})`, ...under(parser) }))),
});
