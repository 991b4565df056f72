// no-transaction-on-pool: transaction control through `pool.query()` — the SQL shapes that are and are not reported.
// Which objects count as pools is exercised in pool-detection.test.ts.
import rule from "../../rules/no-transaction-on-pool.js";
import { ruleTester } from "../support/rule-tester.js";

const pgImport = 'import { Pool } from "pg";\nconst pool = new Pool();\n';

ruleTester.run("no-transaction-on-pool", rule, {
  valid: [
    // the same statements on one client are the point of a transaction
    { name: "BEGIN on a client", code: 'async function f(client) { await client.query("BEGIN"); }' },
    { name: "COMMIT on a client", code: 'async function f(client) { await client.query("COMMIT"); }' },
    { name: "ordinary query on a pool", code: `${pgImport}await pool.query("SELECT 1");` },
    { name: "a query that mentions BEGIN later", code: `${pgImport}await pool.query("SELECT 'BEGIN'");` },
    { name: "word starting with END", code: `${pgImport}await pool.query("ENDLESS");` },
    { name: "insert into a table named begin", code: `${pgImport}await pool.query("INSERT INTO begin VALUES (1)");` },
    { name: "a whole transaction in one round trip", code: `${pgImport}await pool.query("BEGIN; UPDATE t SET a = 1; COMMIT");` },
    { name: "two-phase COMMIT PREPARED may run anywhere", code: `${pgImport}await pool.query("COMMIT PREPARED 'tx1'");` },
    { name: "two-phase ROLLBACK PREPARED may run anywhere", code: `${pgImport}await pool.query("ROLLBACK PREPARED 'tx1'");` },
    { name: "PL/pgSQL block", code: `${pgImport}await pool.query("DO $$ BEGIN PERFORM 1; END $$");` },
    { name: "template literal with an expression", code: `${pgImport}await pool.query(\`\${verb}\`);` },
    { name: "SQL held in a variable", code: `${pgImport}const sql = "BEGIN";\nawait pool.query(sql);` },
    { name: "config object with a computed text", code: `${pgImport}await pool.query({ text: sql });` },
    { name: "config object with a computed key", code: `${pgImport}await pool.query({ ["text"]: "BEGIN" });` },
    { name: "BEGIN as a query parameter", code: `${pgImport}await pool.query("SELECT $1", ["BEGIN"]);` },
    { name: "pool.query without arguments", code: `${pgImport}pool.query();` },
    { name: "another method on a pool", code: `${pgImport}pool.execute("BEGIN");` },
    { name: "query called with a spread", code: `${pgImport}await pool.query(...args);` },
    { name: "computed method name", code: `${pgImport}await pool[method]("BEGIN");` },
    { name: "BEGIN on withTransaction's client", code: 'await withTransaction(pool, async (client) => { await client.query("SAVEPOINT a"); });' },
  ],
  invalid: [
    {
      name: "BEGIN string literal",
      code: `${pgImport}await pool.query("BEGIN");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7, endLine: 3, endColumn: 26 }],
    },
    {
      name: "COMMIT",
      code: `${pgImport}await pool.query("COMMIT");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "COMMIT", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "ROLLBACK",
      code: `${pgImport}await pool.query("ROLLBACK");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "ROLLBACK", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "END ends a transaction too",
      code: `${pgImport}await pool.query("END");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "END", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "ABORT",
      code: `${pgImport}await pool.query("abort");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "ABORT", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "START TRANSACTION with options",
      code: `${pgImport}await pool.query("START TRANSACTION ISOLATION LEVEL SERIALIZABLE");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "START TRANSACTION", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "SAVEPOINT",
      code: `${pgImport}await pool.query("SAVEPOINT before_update");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "SAVEPOINT", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "RELEASE SAVEPOINT",
      code: `${pgImport}await pool.query("RELEASE SAVEPOINT before_update");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "RELEASE SAVEPOINT", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "ROLLBACK TO SAVEPOINT",
      code: `${pgImport}await pool.query("ROLLBACK TO SAVEPOINT before_update");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "ROLLBACK TO SAVEPOINT", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "lower case",
      code: `${pgImport}await pool.query("begin");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "leading whitespace and a trailing semicolon",
      code: `${pgImport}await pool.query("\\n   BEGIN;");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "leading line comment",
      code: `${pgImport}await pool.query("-- open the transaction\\nBEGIN");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "leading block comment",
      code: `${pgImport}await pool.query("/* tx */ COMMIT");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "COMMIT", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      // The first word is read by hand up to the first character that is neither an ASCII space nor a letter; the
      // general pattern must take over from there, comments and Unicode spaces included.
      name: "spaces, then a comment, then the keyword",
      code: `${pgImport}await pool.query("  /* tx */\\n  ROLLBACK");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "ROLLBACK", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "a no-break space before the keyword",
      code: `${pgImport}await pool.query("\u00a0BEGIN");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "template literal without expressions",
      code: `${pgImport}await pool.query(\`BEGIN\`);`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "multi-line template literal",
      code: `${pgImport}await pool.query(\`\n  BEGIN ISOLATION LEVEL REPEATABLE READ\n\`);`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7, endLine: 5, endColumn: 3 }],
    },
    {
      name: "config object with text",
      code: `${pgImport}await pool.query({ text: "BEGIN" });`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "config object with a quoted text key and other fields",
      code: `${pgImport}await pool.query({ name: "commit-it", "text": "COMMIT" });`,
      errors: [{ messageId: "transactionOnPool", data: { command: "COMMIT", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "BEGIN that opens but does not close in one text",
      code: `${pgImport}await pool.query("BEGIN; UPDATE t SET a = 1");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "un-awaited, with a callback",
      code: `${pgImport}pool.query("BEGIN", (err) => {});`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 1 }],
    },
    {
      name: "optional call on the pool",
      code: `${pgImport}await pool?.query("COMMIT");`,
      errors: [{ messageId: "transactionOnPool", data: { command: "COMMIT", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "the SQL string through a type assertion",
      code: `${pgImport}await pool.query("ROLLBACK" as string);`,
      errors: [{ messageId: "transactionOnPool", data: { command: "ROLLBACK", pool: "pool" }, line: 3, column: 7 }],
    },
    {
      name: "a pool expression spanning lines is named by its shape",
      code: 'await (\n  getDatabase({ region: "eu-west-1", replica: false })\n).pool.query("BEGIN");',
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "getDatabase(…).pool" }, line: 1, column: 7 }],
    },
    {
      name: "a whole BEGIN…COMMIT sequence on the pool reports each statement",
      code: `${pgImport}await pool.query("BEGIN");\nawait pool.query("UPDATE t SET a = 1");\nawait pool.query("COMMIT");`,
      errors: [
        { messageId: "transactionOnPool", data: { command: "BEGIN", pool: "pool" }, line: 3, column: 7 },
        { messageId: "transactionOnPool", data: { command: "COMMIT", pool: "pool" }, line: 5, column: 7 },
      ],
    },
  ],
});
