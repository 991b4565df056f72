// Shapes written to break corpus-31b's readings: a release method read as a statement of its own
// (client-references.ts) and a store into a function's local variable that nothing releases
// (unreleased-local-stores.ts): optional chains, TS wrappers, computed and private members, destructuring and compound
// assignments, an undeclared global, a class static block, recursion between the file's functions, a parameter
// written anew, `arguments`, a sequence. A name ending in "js" is also linted by ESLint's default parser, espree.
// Read by new-readings-no-crash.test.ts.
const PG = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
const perSocket = (store: string, after = "") =>
  `${PG}function attach(io) {\n  io.on("connect", (socket) => {\n    let db = null;\n    pool.connect((err, client) => {\n      if (err) throw err;\n      ${store}\n    });\n    ${after}\n  });\n}\nmodule.exports = attach;\n`;
const route = (release: string) =>
  `import pg from "pg";\nconst pool = new pg.Pool();\nexport async function f() {\n  const client = await pool.connect();\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    ${release}\n  }\n}\n`;

export const cases: Record<string, string> = {
  "release read through an optional chain js": route("client?.release;"),
  "release read through a TS wrapper": route("(client as any).release;"),
  "release read by a computed key js": route('client["release"];'),
  "release read inside a sequence js": route("client.release, client.query;"),
  "release read then voided js": route("void client.release;"),
  "store by destructuring js": perSocket("[db] = [client];", "socket.on('x', () => db.query('SELECT 1'));"),
  "store by a compound assignment js": perSocket("db ??= client;", "socket.on('x', () => db.query('SELECT 1'));"),
  "store into an undeclared global js": perSocket("undeclared = client;", "socket.on('x', () => undeclared.query('SELECT 1'));"),
  "store into a parameter written anew js": `${PG}function attach(io, db) {\n  pool.connect((err, client) => { db = client; });\n  io.on("x", () => db.query("SELECT 1"));\n}\nmodule.exports = attach;\n`,
  "store read by recursive functions js": perSocket(
    "db = client;",
    "function a(c, n) { return n ? b(c, n - 1) : c.query('SELECT 1'); }\n    function b(c, n) { return a(c, n); }\n    socket.on('x', () => a(db, 3));",
  ),
  "store read through arguments js": perSocket("db = client;", "function use() { return arguments[0].query('SELECT 1'); }\n    socket.on('x', () => use(db));"),
  "store into a static block's variable": `import { Pool } from "pg";\nconst pool = new Pool();\nclass Holder {\n  static {\n    let db: any;\n    pool.connect((err, client) => { db = client; });\n    setInterval(() => db?.query("SELECT 1"), 1000);\n  }\n}\nexport { Holder };\n`,
  "store into a private field's holder": `import { Pool, type PoolClient } from "pg";\nconst pool = new Pool();\nexport class Room {\n  #db: PoolClient | null = null;\n  open() {\n    let db: PoolClient | null = null;\n    pool.connect((err, client) => { db = client!; this.#db = db; });\n  }\n}\n`,
  "store spread into a call js": perSocket("db = client;", "socket.on('x', (...rest) => keep(...rest, db));\n    function keep(a, c) { return c.query('SELECT 1'); }"),
};
