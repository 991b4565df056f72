// A one-shot service object made around the checkout (wildananugrah/mockup's `new UserService(await pool.connect())`)
// whose method gives the client back in the finally that is its whole body: calling that method is the release. The
// class is read in the same file or in the local module it is imported from; every other shape stays a use.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import afterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-wrapper-methods-");

const service = (body: string) =>
  `import type { PoolClient } from "pg";\nexport class UserService {\n  client: PoolClient;\n  constructor(client: PoolClient) {\n    this.client = client;\n  }\n${body}\n}\n`;
const register = `  async register(name: string) {\n    try {\n      const result = await this.client.query("INSERT INTO users(name) VALUES ($1) RETURNING *", [name]);\n      return result.rows[0];\n    } finally {\n      this.client.release();\n    }\n  }`;
const registerAfterQuery = `  async register(name: string) {\n    const result = await this.client.query("INSERT INTO users(name) VALUES ($1) RETURNING *", [name]);\n    this.client.release();\n    return result.rows[0];\n  }`;

write("one-shot/user-service.ts", service(register));
write("after-query/user-service.ts", service(registerAfterQuery));
write("reassigned/user-service.ts", service(`${register}\n  use(other: PoolClient) {\n    this.client = other;\n  }`));
write("commonjs/user-service.js", `class UserService {\n  constructor(client) {\n    this.client = client;\n  }\n  async register(name) {\n    try {\n      return await this.client.query("INSERT INTO users(name) VALUES ($1)", [name]);\n    } finally {\n      this.client.release();\n    }\n  }\n}\nmodule.exports = { UserService };\n`);

const filename = (dir: string, file = "entry.ts") => path.join(root, dir, file);
const test = (importLine: string, afterConnect = "") =>
  `import { Pool } from "pg";\n${importLine}\nconst pool = new Pool();\nexport async function registerUser(name: string) {\n  const userService = new UserService(await pool.connect());${afterConnect}\n  const user = await userService.register(name);\n  return user;\n}\n`;
const imported = `import { UserService } from "./user-service";`;
const sameFile = (body: string, constructor = "constructor(client: PoolClient) {\n    this.client = client;\n  }") =>
  `import { Pool, type PoolClient } from "pg";\nclass UserService {\n  client: PoolClient;\n  ${constructor}\n${body}\n}\nconst pool = new Pool();\nexport async function registerUser(name: string) {\n  const userService = new UserService(await pool.connect());\n  return userService.register(name);\n}\n`;

ruleTester.run("no-leaked-client: a wrapper's method that releases in its finally", rule, {
  valid: [
    { name: "the class, imported from a local module, releases in the finally of `register`", code: test(imported), filename: filename("one-shot") },
    {
      name: "a CommonJS class required from a local module",
      code: `const { Pool } = require("pg");\nconst { UserService } = require("./user-service.js");\nconst pool = new Pool();\nasync function registerUser(name) {\n  const userService = new UserService(await pool.connect());\n  return userService.register(name);\n}\nmodule.exports = { registerUser };\n`,
      filename: filename("commonjs", "entry.js"),
    },
    { name: "a class of the same file", code: sameFile(register), filename: filename("same-file") },
    {
      name: "a parameter property keeps the client",
      code: sameFile(register, "constructor(private client: PoolClient) {}").replace("  client: PoolClient;\n", ""),
      filename: filename("same-file"),
    },
  ],
  invalid: [
    {
      name: "a throw before the releasing call loses the client",
      code: test(imported, `\n  if (!name) throw new Error("name is required");`),
      filename: filename("one-shot"),
      errors: [{ messageId: "earlyExit", line: 5, column: 45, suggestions: [] }],
    },
    {
      name: "a method that releases only after its query gives nothing back when the query throws",
      code: test(imported),
      filename: filename("after-query"),
      errors: [{ messageId: "neverReleased", line: 5, column: 45, suggestions: [] }],
    },
    {
      name: "a class that may put another client in the field releases that one",
      code: test(imported),
      filename: filename("reassigned"),
      errors: [{ messageId: "neverReleased", line: 5, column: 45, suggestions: [] }],
    },
    {
      name: "a constructor that may throw before it stores the client",
      code: sameFile(register, 'constructor(client: PoolClient) {\n    if (!client) throw new Error("no client");\n    this.client = client;\n  }'),
      filename: filename("same-file"),
      errors: [{ messageId: "neverReleased", line: 19, column: 45, suggestions: [] }],
    },
    {
      name: "a class that cannot be read (a package's) releases nothing we can see",
      code: test(`import { UserService } from "user-management-db/UserService";`),
      filename: filename("one-shot"),
      errors: [{ messageId: "neverReleased", line: 5, column: 45, suggestions: [] }],
    },
  ],
});

// A second method that releases again: pg throws "Release called on client which has already been released".
const twice = (second: string) =>
  `import { Pool } from "pg";\n${imported}\nconst pool = new Pool();\nexport async function registerTwice(name: string) {\n  const userService = new UserService(await pool.connect());\n  await userService.register(name);\n  ${second};\n}\n`;

ruleTester.run("no-use-after-release: a wrapper's releasing method called twice", afterRelease, {
  valid: [{ name: "one releasing call", code: test(imported), filename: filename("one-shot") }],
  invalid: [
    {
      name: "the second call releases the client a second time",
      code: twice("return userService.register(name)"),
      filename: filename("one-shot"),
      errors: [{ messageId: "doubleRelease", line: 7, column: 10 }],
    },
  ],
});
