// A client given to an object the function makes and never lets out (gaps-32a, from idaholab/Deep-Lynx's
// downloadStream before 598b768e: `new LargeObjectManager({ pg: client })`, one method called, no release): nobody
// outside the function sees the object, so it cannot own the client and the construction is no hand-over. Each
// invalid case sits beside the twin where the object gets out, or may give the client back, and stays a hand-over.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = `import { LargeObjectManager } from "pg-large-object";\n`;

/** The await form: `body` follows the construction (line 4). */
const awaited = (body: string, construction = "new LargeObjectManager({ pg: client })", header = IMPORT) =>
  `${header}async function read(pool, oid) {\n  const client = await pool.connect();\n  const manager = ${construction};\n${body}\n}`;

const thenStyle = `const LargeObjectManager = require("pg-large-object").LargeObjectManager;
function download(pool, oid, send) {
  pool.connect().then((client) => {
    const manager = new LargeObjectManager({ pg: client });
    client.query("BEGIN").then(() => {
      manager.openAndReadableStream(oid, 16384, (err, size, stream) => {
        stream.on("end", () => {
          void client.query("COMMIT");
        });
        send(stream);
      });
    });
  });
}`;

ruleTester.run("no-leaked-client: an object made and kept in the function owns no client", rule, {
  valid: [
    { name: "the manager returned", code: awaited("  await manager.openAndReadableStreamAsync(oid);\n  return manager;") },
    { name: "the manager stored in a field", code: awaited("  this.manager = manager;") },
    { name: "the manager passed on", code: awaited("  register(manager);") },
    { name: "the manager thrown", code: awaited("  throw manager;") },
    { name: "the manager resolved", code: awaited("  return new Promise((resolve) => resolve(manager));") },
    { name: "a method's result kept (it may hold the manager)", code: awaited("  const stream = await manager.openAndReadableStreamAsync(oid);\n  return stream;") },
    { name: "a method of an ending name called (it may give the client back)", code: awaited("  await manager.openAndReadableStreamAsync(oid);\n  await manager.close();") },
    { name: "the construction's value dropped (its constructor may register it)", code: `${IMPORT}async function read(pool) {\n  const client = await pool.connect();\n  new LargeObjectManager({ pg: client });\n}` },
    {
      name: "a class of the file (its methods may release what it holds)",
      code: awaited(
        "  await manager.openAndReadableStreamAsync(oid);",
        "new LargeObjectManager({ pg: client })",
        "class LargeObjectManager {\n  constructor(options) {\n    this.pg = options.pg;\n  }\n  async openAndReadableStreamAsync() {\n    this.pg.release();\n  }\n}\n",
      ),
    },
    {
      name: "a class of a local module",
      code: awaited("  await manager.openAndReadableStreamAsync(oid);", "new LargeObjectManager({ pg: client })", `import { LargeObjectManager } from "./large-objects";\n`),
    },
    {
      name: "a class of an aliased project module",
      code: awaited("  await manager.openAndReadableStreamAsync(oid);", "new LargeObjectManager({ pg: client })", `import { LargeObjectManager } from "@/lib/large-objects";\n`),
    },
    {
      name: "a function given with the client (the object may release through it)",
      code: awaited("  await manager.openAndReadableStreamAsync(oid);", "new LargeObjectManager({ pg: client, onEnd: (pg) => pg.release() })"),
    },
    { name: "the options object given to a call, not to `new`", code: awaited("  await manager.openAndReadableStreamAsync(oid);", "makeManager({ pg: client })", `import { makeManager } from "pg-large-object";\n`) },
    {
      name: "the manager in a `let` written again",
      code: `${IMPORT}let other;\nasync function read(pool, oid) {\n  const client = await pool.connect();\n  let manager = new LargeObjectManager({ pg: client });\n  await manager.openAndReadableStreamAsync(oid);\n  manager = other;\n}`,
    },
    { name: "the manager read as a value (`manager.pg`)", code: awaited("  keep(manager.pg);") },
  ],
  invalid: [
    {
      name: "an imported manager, one method awaited, never released",
      code: awaited("  await manager.openAndReadableStreamAsync(oid);"),
      errors: [{ messageId: "neverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "the client given straight to `new` of a required package's class",
      code: awaited("  manager.openAndReadableStream(oid);", "new Manager(client)", `const { Manager } = require("pg-large-object");\n`),
      errors: [{ messageId: "neverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "a nested options object under a namespace import",
      code: awaited("  void manager.openAndReadableStreamAsync(oid);", "new lo.LargeObjectManager({ db: { pg: client } })", `import * as lo from "pg-large-object";\n`),
      errors: [{ messageId: "neverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "Deep-Lynx's download before 598b768e: the stream's end sends COMMIT only",
      code: thenStyle,
      errors: [{ messageId: "neverReleased", line: 3, column: 3, suggestions: [] }],
    },
  ],
});

describe("under ESLint's default parser", () => {
  it("reports the kept manager in a .js file read by espree, and not the returned one", () => {
    const linter = new Linter();
    const config: Linter.Config[] = [
      { files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } },
    ];
    const lint = (code: string) =>
      linter.verify(code, config, { filename: "large-object.js" }).map((message) => `${message.line}:${message.column}:${message.messageId}`);
    expect(lint(thenStyle)).toEqual(["3:3:neverReleased"]);
    expect(lint(thenStyle.replace("send(stream);", "send(stream, manager);"))).toEqual([]);
  });
});
