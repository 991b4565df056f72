// `client.release;` as a statement of its own (JoelRoy1/RMS-CS2810's displayTableStatus, at-large round eighteen): a
// read of the method whose value is dropped calls nothing, so the client stays checked out. A read that keeps the
// method (`promise.finally(client.release)`, `const done = client.release`) still hands the release on. The same read
// under `void`, parentheses or in a comma sequence whose value nobody takes (gaps-32a) is dropped too; `void
// client.release()` is still a call.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";
import noLeakedClient from "../../rules/no-leaked-client.js";
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

ruleTester.run("no-leaked-client: a release read and dropped is no release", noLeakedClient, {
  valid: [
    {
      name: "the release method handed to the promise's finally",
      code: `async function run(pool) {\n  const client = await pool.connect();\n  return client.query("SELECT 1").finally(client.release);\n}`,
    },
    {
      name: "the release method kept in a variable and called later",
      code: `async function run(pool) {\n  const client = await pool.connect();\n  const done = client.release;\n  try {\n    return await client.query("SELECT 1");\n  } finally {\n    done();\n  }\n}`,
    },
    {
      name: "the release called in the finally",
      code: tableStatus.replace("client.release;", "client.release();"),
    },
    {
      name: "`void client.release()` is a call",
      code: declared.replace("client?.release;", "void client.release();"),
    },
    {
      name: "`void client.release?.()` is a call",
      code: declared.replace("client?.release;", "void client.release?.();"),
    },
    {
      name: "the last of a sequence kept in a variable and called later",
      code: `async function run(pool) {\n  const client = await pool.connect();\n  const done = (console.log("held"), client.release);\n  try {\n    return await client.query("SELECT 1");\n  } finally {\n    done();\n  }\n}`,
    },
  ],
  invalid: [
    {
      name: "`void client.release;` in the finally",
      code: declared.replace("client?.release;", "void client.release;"),
      errors: [{ messageId: "neverReleased", line: 2, column: 24 }],
    },
    {
      name: "`void client?.release;` in the finally",
      code: declared.replace("client?.release;", "void client?.release;"),
      errors: [{ messageId: "neverReleased", line: 2, column: 24 }],
    },
    {
      name: "`(client.release);` parenthesised in the finally",
      code: declared.replace("client?.release;", "(client.release);"),
      errors: [{ messageId: "neverReleased", line: 2, column: 24 }],
    },
    {
      name: "`(console.log(\"done\"), client.release);` the last of a dropped sequence",
      code: declared.replace("client?.release;", '(console.log("done"), client.release);'),
      errors: [{ messageId: "neverReleased", line: 2, column: 24 }],
    },
    {
      name: "`(client.release, console.log(\"done\"));` a sequence's first element",
      code: declared.replace("client?.release;", '(client.release, console.log("done"));'),
      errors: [{ messageId: "neverReleased", line: 2, column: 24 }],
    },
    {
      name: "`client.release;` under `if (client)` in the finally (the let assigned in the try)",
      code: tableStatus,
      errors: [{ messageId: "neverReleased", line: 4, column: 20 }],
    },
    {
      name: "`client?.release;` in the finally of a declared checkout",
      code: declared,
      errors: [{ messageId: "neverReleased", line: 2, column: 24 }],
    },
  ],
});

describe("under ESLint's default parser", () => {
  it("reports the dropped release read in a .js file read by espree", () => {
    const linter = new Linter();
    const messages = linter.verify(
      tableStatus,
      [{ files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } }],
      { filename: "table-controller.js" },
    );
    expect(messages.map((message) => `${message.line}:${message.column}:${message.messageId}`)).toEqual(["4:20:neverReleased"]);
  });

  it("reports `void client.release;` in a .js file read by espree, and not `void client.release()`", () => {
    const linter = new Linter();
    const config: Linter.Config[] = [
      { files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } },
    ];
    const lint = (code: string) =>
      linter.verify(code, config, { filename: "count.js" }).map((message) => `${message.line}:${message.column}:${message.messageId}`);
    expect(lint(declared.replace("client?.release;", "void client.release;"))).toEqual(["2:24:neverReleased"]);
    expect(lint(declared.replace("client?.release;", "void client.release();"))).toEqual([]);
  });
});
