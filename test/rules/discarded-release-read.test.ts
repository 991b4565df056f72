// `client.release;` as a statement of its own reads the method and drops its value: it calls nothing, so the client is
// neither released nor handed on. A read that keeps the method (`promise.finally(client.release)`, `const done =
// client.release`, `res.on("close", client.release)`) still hands the release on. Sources: JoelRoy1/RMS-CS2810's
// displayTableStatus (at-large round eighteen) and jesuisstan/matcha-find-your-date's register route before its fix
// (corpus). Plain JavaScript shapes, so each case runs under typescript-eslint's parser and under espree (ESLint's
// default parser for .js). The same read under `void`, parentheses or in a comma sequence whose value nobody takes
// (gaps-32a) is dropped too; `void client.release()` is still a call. This file holds what discarded-release-read and
// unreleased-method-read held apart.
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const tableStatus = `async function tableStatus(pool) {
  let client;
  try {
    client = await pool.connect();
    const result = await client.query("SELECT * FROM tables");
    return result.rows;
  } catch (error) {
    console.error(error);
  } finally {
    if (client) {
      client.release;
    }
  }
}`;

const declared = `async function count(pool) {
  const client = await pool.connect();
  try {
    return (await client.query("SELECT count(*) FROM t")).rows[0];
  } finally {
    client?.release;
  }
}`;

const HEAD = `import pg from "pg";\nconst pool = new pg.Pool();\n`;
const route = (release: string) => `${HEAD}export async function register(email) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO users (email) VALUES ($1)", [email]);
  } finally {
    ${release}
  }
}`;
const listener = `${HEAD}export async function stream(res) {
  const client = await pool.connect();
  res.on("close", client.release);
  await client.query("SELECT 1");
}`;

const parsers = ["typescript", "espree"] as const;
const under = (parser: (typeof parsers)[number]) => (parser === "espree" ? { languageOptions: { parser: espree } } : {});
const dropped = (line: number, column: number) => [
  { messageId: "neverReleased" as const, data: { pool: "pool" }, line, column, suggestions: [] },
];

ruleTester.run("no-leaked-client: a release method read and dropped is no release", rule, {
  valid: parsers.flatMap((parser) => [
    {
      name: `the release method handed to the promise's finally (${parser})`,
      code: `async function run(pool) {\n  const client = await pool.connect();\n  return client.query("SELECT 1").finally(client.release);\n}`,
      ...under(parser),
    },
    {
      name: `the release method kept in a variable and called later (${parser})`,
      code: `async function run(pool) {\n  const client = await pool.connect();\n  const done = client.release;\n  try {\n    return await client.query("SELECT 1");\n  } finally {\n    done();\n  }\n}`,
      ...under(parser),
    },
    {
      name: `the release called under \`if (client)\` in the finally (${parser})`,
      code: tableStatus.replace("client.release;", "client.release();"),
      ...under(parser),
    },
    { name: `the release called in the finally (${parser})`, code: route("client.release();"), ...under(parser) },
    {
      name: `the release method handed to a listener: a hand-over of the release (${parser})`,
      code: listener,
      ...under(parser),
    },
    { name: `\`void client.release()\` is a call (${parser})`, code: declared.replace("client?.release;", "void client.release();"), ...under(parser) },
    { name: `\`void client.release?.()\` is a call (${parser})`, code: declared.replace("client?.release;", "void client.release?.();"), ...under(parser) },
    {
      name: `the last of a sequence kept in a variable and called later (${parser})`,
      code: `async function run(pool) {\n  const client = await pool.connect();\n  const done = (console.log("held"), client.release);\n  try {\n    return await client.query("SELECT 1");\n  } finally {\n    done();\n  }\n}`,
      ...under(parser),
    },
  ]),
  invalid: parsers.flatMap((parser) => [
    ...[
      ["`void client.release;` in the finally", "void client.release;"],
      ["`void client?.release;` in the finally", "void client?.release;"],
      ["`(client.release);` parenthesised in the finally", "(client.release);"],
      ['`(console.log("done"), client.release);` the last of a dropped sequence', '(console.log("done"), client.release);'],
      ['`(client.release, console.log("done"));` a sequence\'s first element', '(client.release, console.log("done"));'],
    ].map(([name, statement]) => ({
      name: `${name} (${parser})`,
      code: declared.replace("client?.release;", statement),
      ...under(parser),
      errors: dropped(2, 24),
    })),
    {
      name: `\`client.release;\` under \`if (client)\` in the finally, the let assigned in the try (${parser})`,
      code: tableStatus,
      ...under(parser),
      errors: dropped(4, 20),
    },
    {
      name: `\`client?.release;\` in the finally of a declared checkout (${parser})`,
      code: declared,
      ...under(parser),
      errors: dropped(2, 24),
    },
    {
      name: `\`client.release;\` in the finally: the method read, never called (${parser})`,
      code: route("client.release;"),
      ...under(parser),
      errors: dropped(4, 24),
    },
  ]),
});
