// A hand-over through a method inherited from a base class in another module of the project (beekeeper-studio's
// `this.pushConnection(tabId, conn)`): the base module is read, and only a method whose first working statement stores
// the parameter counts; one that may throw first (the same code before its fix) keeps the client this function's.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-inherited-");

write(
  "stores/base.ts",
  `export abstract class Base<C> {\n  protected reserved = new Map<number, C>();\n  protected all: C[] = [];\n  protected last: C | undefined;\n  protected pushConnection(tabId: number, conn: C) {\n    this.reserved.set(tabId, conn);\n  }\n  protected keep(conn: C) {\n    const count = this.all.length;\n    this.all.push(conn);\n  }\n  protected remember(label: string, conn: C) {\n    this.last = conn;\n  }\n  protected describe(conn: C) {\n    return String(conn);\n  }\n}\n`,
);
write(
  "stores/base.cjs",
  `class Base {\n  pushConnection(tabId, conn) {\n    this.reserved.set(tabId, conn);\n  }\n}\nmodule.exports = { Base };\n`,
);
write("stores/default-base.ts", `export default class {\n  protected hold(conn: unknown) {\n    this.held = conn;\n  }\n}\n`);
write(
  "checks/base.ts",
  `export abstract class Base<C> {\n  protected reserved = new Map<number, C>();\n  protected pushConnection(tabId: number, conn: C) {\n    if (this.reserved.has(tabId)) {\n      throw new Error("Tab has already reserved a connection");\n    }\n    this.reserved.set(tabId, conn);\n  }\n}\n`,
);

const filename = (dir: string) => path.join(root, dir, "entry.ts");
const reserve = (call: string, importLine = `import { Base } from "./base";`) =>
  `${importLine}\nexport class TabClient extends Base<unknown> {\n  constructor(private conn: { pool: any }) {\n    super();\n  }\n  async reserve(tabId: number) {\n    const conn = await this.conn.pool.connect();\n    ${call};\n  }\n}\n`;

/** The withClient rewrite the neverReleased report suggests for `reserve(call)`. */
const rewritten = (call: string, importLine = `import { Base } from "./base";`) =>
  `${importLine}\nimport { withClient } from "poolguard/runtime";\nexport class TabClient extends Base<unknown> {\n  constructor(private conn: { pool: any }) {\n    super();\n  }\n  async reserve(tabId: number) {\n    await withClient(this.conn.pool, async (conn) => {\n      ${call};\n    });\n  }\n}\n`;
const suggestion = (call: string, importLine?: string) => [
  { messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: rewritten(call, importLine) },
];

ruleTester.run("no-leaked-client: hand-over through an inherited method", rule, {
  valid: [
    { name: "the base class stores it in a Map first thing", code: reserve("this.pushConnection(tabId, conn)"), filename: filename("stores") },
    { name: "after a statement that only reads, the base class pushes it on an array", code: reserve("this.keep(conn)"), filename: filename("stores") },
    { name: "the base class assigns it to a field", code: reserve('this.remember("tab", conn)'), filename: filename("stores") },
    { name: "a default-exported base class", code: reserve("this.hold(conn)", `import Base from "./default-base";`), filename: filename("stores") },
    {
      name: "a base class required from a CommonJS module",
      code: `const { Base } = require("./base.cjs");\nclass TabClient extends Base {\n  async reserve(pool, tabId) {\n    const conn = await pool.connect();\n    this.pushConnection(tabId, conn);\n  }\n}\n`,
      filename: path.join(root, "stores", "entry.js"),
    },
  ],
  invalid: [
    {
      name: "the base method may throw before it stores the client",
      code: reserve("this.pushConnection(tabId, conn)"),
      filename: filename("checks"),
      errors: [{ messageId: "neverReleased", data: { pool: "this.conn.pool" }, line: 7, column: 24, suggestions: suggestion("this.pushConnection(tabId, conn)") }],
    },
    {
      name: "a base method that only reads the client hands nothing over",
      code: reserve("this.describe(conn)"),
      filename: filename("stores"),
      errors: [{ messageId: "neverReleased", data: { pool: "this.conn.pool" }, line: 7, column: 24, suggestions: suggestion("this.describe(conn)") }],
    },
    {
      name: "an awaited SET before the inherited store loses the client when it throws",
      code: reserve('await conn.query("SET search_path = app");\n    this.pushConnection(tabId, conn)'),
      filename: filename("stores"),
      errors: [{ messageId: "notHandedOverOnThrow", data: { pool: "this.conn.pool", line: 8 }, line: 7, column: 24, suggestions: [] }],
    },
    {
      name: "a base module that cannot be found hands nothing over (and does not crash)",
      code: reserve("this.pushConnection(tabId, conn)", `import { Base } from "./missing";`),
      filename: filename("stores"),
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "this.conn.pool" },
          line: 7,
          column: 24,
          suggestions: suggestion("this.pushConnection(tabId, conn)", `import { Base } from "./missing";`),
        },
      ],
    },
  ],
});
