// no-leaked-client: a class imported from a local module is read like one of the file (throw-free-constructions.ts,
// throw-free-helpers.ts). Building it is no throw point when it has no base class and its constructor and field
// initialisers have none, and a method called on a `const` built from it (`const connection = new Connection(…)`) is
// none when the module's class declares it with a body that has none (ForbesLindesay/atdatabases's ConnectionPool.task:
// `new Connection(client, this._handlers)` before the try, `connection.dispose()` before each release). Each valid
// case has an invalid twin where the constructor or the method can throw, the class extends another, the method is
// awaited, or the instance is not a `const` built from the class: those stay reported.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-imported-classes-");

write(
  "Connection.ts",
  `export default class Connection {\n  private disposed = false;\n  constructor(private readonly client: unknown, private readonly handlers: unknown) {}\n  dispose() {\n    this.disposed = true;\n  }\n  async close() {\n    this.disposed = true;\n  }\n  check() {\n    if (this.disposed) throw new Error("The connection has gone back to the pool");\n  }\n}\n`,
);
write(
  "Checked.ts",
  `export class Checked {\n  constructor(client, handlers) {\n    if (!handlers) throw new TypeError("handlers");\n    this.client = client;\n  }\n  dispose() {\n    if (!this.client) throw new Error("disposed twice");\n    this.client = null;\n  }\n}\n`,
);
write(
  "connection.cjs",
  `class Connection {\n  constructor(client, handlers) {\n    this.client = client;\n    this.handlers = handlers;\n  }\n  dispose() {\n    this.client = null;\n  }\n}\nmodule.exports = Connection;\n`,
);
// No constructor of its own: only its base's, which can throw, says so (review-b: the base-class guard's own twin).
write("Inherits.ts", `class Strict {\n  constructor(client) {\n    if (!client) throw new TypeError("client");\n  }\n}\nexport class Inherits extends Strict {}\n`);
write("Base.ts", `export class Base {}\nexport class Derived extends Base {\n  constructor(client) {\n    super();\n    this.client = client;\n  }\n}\n`);

const file = (name: string) => path.join(root, name);

/** ConnectionPool.task's shape: a wrapper built around the checkout before the try, disposed before each release. */
const task = (imports: string, make: string, dispose = "connection.dispose();") =>
  `${imports}export class ConnectionPool {\n  constructor(pool, handlers) {\n    this.pool = pool;\n    this.handlers = handlers;\n  }\n  async task(fn) {\n    const client = await this.pool.connect();\n    ${make}\n    try {\n      const result = await fn(connection);\n      ${dispose}\n      client.release();\n      return result;\n    } catch (ex) {\n      ${dispose}\n      client.release(true);\n      throw ex;\n    }\n  }\n}\n`;
const DEFAULT_IMPORT = `import Connection from "./Connection";\n`;
const MAKE = "const connection = new Connection(client, this.handlers);";

ruleTester.run("no-leaked-client: classes imported from a local module", rule, {
  valid: [
    {
      name: "building a class of a local module whose constructor only keeps its arguments, and calling its method that only sets a field",
      code: task(DEFAULT_IMPORT, MAKE),
      filename: file("pool.ts"),
    },
    {
      name: "a class a CommonJS module exports, required",
      code: task(`const Connection = require("./connection.cjs");\n`, MAKE),
      filename: file("pool-cjs.ts"),
    },
  ],
  invalid: [
    {
      name: "the imported class's constructor can throw",
      code: task(`import { Checked } from "./Checked";\n`, "const connection = new Checked(client, this.handlers);", ""),
      filename: file("checked.ts"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.pool", line: 9 }, line: 8, column: 26, suggestions: [] }],
    },
    {
      name: "the imported class's method can throw before the release in the catch",
      code: task(DEFAULT_IMPORT, MAKE, "connection.check();"),
      filename: file("checked-method.ts"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.pool", line: 16 }, line: 8, column: 26, suggestions: [] }],
    },
    {
      name: "the imported class extends another, whose constructor runs too",
      code: task(`import { Derived } from "./Base";\n`, "const connection = new Derived(client);", ""),
      filename: file("derived.ts"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.pool", line: 9 }, line: 8, column: 26, suggestions: [] }],
    },
    {
      name: "the imported class declares no constructor: its base's, which can throw, runs",
      code: task(`import { Inherits } from "./Inherits";\n`, "const connection = new Inherits(client);", ""),
      filename: file("inherits.ts"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.pool", line: 9 }, line: 8, column: 26, suggestions: [] }],
    },
    {
      name: "awaiting the imported class's async method may reject",
      code: task(DEFAULT_IMPORT, MAKE, "await connection.close();"),
      filename: file("awaited.ts"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.pool", line: 16 }, line: 8, column: 26, suggestions: [] }],
    },
    {
      name: "an instance kept in a `let` that is assigned again is not known to be the class's",
      code: task(DEFAULT_IMPORT, "let connection = new Connection(client, this.handlers);\n    if (!fn) connection = this.handlers.fallback;"),
      filename: file("reassigned.ts"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.pool", line: 17 }, line: 8, column: 26, suggestions: [] }],
    },
  ],
});
