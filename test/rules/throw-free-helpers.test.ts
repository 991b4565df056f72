// A call of a helper the analysis can read is no throw point when the helper's body has none by the same model
// (langgraphjs's `tablesFor(schema)`, Pongo's `setTypeParsers(client, …)`, pg-iterator's inherited `onFinish(fn)`); a
// same-file helper may call Node's `process.exit`, which ends the process rather than throwing, or a colour package's
// style (kleur's `red`). A helper declared `async` (function, arrow, method; same file or a local module) is no throw
// point when called without `await`, whatever its body: what it throws rejects its promise (kkumarcodes/Shopmost's
// installer calls its query builder's async `rollback(connection)` before exiting).
// Each valid case has an invalid twin where the helper's body throws, calls something unknown (another helper: one
// level deep only), or where the helper cannot be resolved with certainty: those stay reported.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-throw-free-");

write(
  "sql.ts",
  `export const tablesFor = (schema: string) =>\n  ["main", "migrations"].reduce((acc, name) => {\n    acc[name] = \`"\${schema}".\${name}\`;\n    return acc;\n  }, {} as Record<string, string>);\nexport function quoted(schema: string) {\n  return tablesFor(schema);\n}\nexport function strict(schema: string): Record<string, string>;\nexport function strict(schema: number): Record<string, string>;\nexport function strict(schema: unknown) {\n  return { main: String(schema) };\n}\n`,
);
write(
  "serialization.cjs",
  `function setTypeParsers(client, serializer) {\n  client.setTypeParser(20, (val) => BigInt(val));\n  client.setTypeParser(3802, (val) => serializer.deserialize(val));\n}\nfunction parseSettings(client, text) {\n  client.settings = JSON.parse(text);\n}\nmodule.exports = { setTypeParsers, parseSettings };\n`,
);
write(
  "query-builder.cjs",
  `async function rollback(connection) {\n  await connection.query("ROLLBACK");\n  connection.release();\n}\nfunction rollbackNow(connection) {\n  if (!connection) throw new TypeError("connection");\n  return connection.query("ROLLBACK");\n}\nmodule.exports = { rollback, rollbackNow };\n`,
);
write(
  "base.ts",
  `export class Iterable {\n  private cleanups: Array<() => void> = [];\n  protected onFinish(fn: () => void) {\n    this.cleanups.push(fn);\n  }\n  protected onFinishChecked(fn: () => void) {\n    if (this.cleanups.includes(fn)) throw new Error("already registered");\n    this.cleanups.push(fn);\n  }\n}\n`,
);

// slonik's 2018 utilities: an index that re-exports helpers kept one to a file, and a module re-exporting the index.
const BIND_TEMPLATE = `export default (method) => {\n  return (sql, values = []) => method(sql, values);\n};\n`;
write("utilities/bindTemplate.js", BIND_TEMPLATE);
write("utilities/checkedTemplate.js", `export default (method) => {\n  if (typeof method !== "function") throw new TypeError("method");\n  return (sql) => method(sql);\n};\n`);
write("utilities/index.js", `export { default as bindTemplate } from "./bindTemplate.js";\nexport { default as checkedTemplate } from "./checkedTemplate.js";\n`);
write("utilities/all.js", `export * from "./named.js";\n`);
write("utilities/named.js", `export const bindNamed = (method) => (sql) => method(sql);\n`);
write("helpers.js", `export { bindTemplate } from "./utilities";\n`);

const file = (name: string) => path.join(root, name);
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';

/** Work between connect() and the try whose finally releases (langgraphjs's setup). */
const beforeTry = (helpers: string, call: string) =>
  `${helpers}export async function setup(pool, schema) {\n  const client = await pool.connect();\n  const tables = ${call};\n  try {\n    await client.query(\`SELECT 1 FROM \${tables.main}\`);\n  } finally {\n    client.release();\n  }\n}\n`;
const beforeTryRewrite = (helpers: string, call: string, importFirst = true) => {
  const body = `export async function setup(pool, schema) {\n  await withClient(pool, async (client) => {\n    const tables = ${call};\n    await client.query(\`SELECT 1 FROM \${tables.main}\`);\n  });\n}\n`;
  const output = importFirst ? `${IMPORT}${helpers}${body}` : `${helpers.replace(/\n/, `\n${IMPORT}`)}${body}`;
  return [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output }];
};
const workBeforeTry = (helpers: string, call: string, importFirst = true) => {
  const line = helpers.split("\n").length - 1;
  return [
    {
      messageId: "workBeforeTry" as const,
      data: { pool: "pool", line: line + 3, tryLine: line + 4 },
      line: line + 2,
      column: 24,
      suggestions: beforeTryRewrite(helpers, call, importFirst),
    },
  ];
};

/** Work between connect() and `return client` (Pongo's dumbo connect). */
const beforeReturn = (helpers: string, call: string) =>
  `${helpers}async function connect(pool, serializer, text) {\n  const client = await pool.connect();\n  ${call};\n  return client;\n}\nmodule.exports = { connect };\n`;
const notHandedOver = (helpers: string) => {
  const line = helpers.split("\n").length - 1;
  return [{ messageId: "notHandedOverOnThrow" as const, data: { pool: "pool", line: line + 3 }, line: line + 2, column: 24, suggestions: [] }];
};

/** A `.then` callback that registers a cleanup on the instance before it stores the checkout (pg-iterator's next). */
const beforeStore = (header: string, call: string) =>
  `${header}  client: unknown;\n  open(pool) {\n    const self = this;\n    return pool.connect().then((c) => {\n      ${call};\n      self.client = c;\n      return c;\n    });\n  }\n  stop() {}\n}\n`;
const METHOD_THROWING = `export class Store {\n  cleanups = [];\n  onFinish(fn) {\n    if (typeof fn !== "function") throw new TypeError("fn");\n    this.cleanups.push(fn);\n  }\n`;
const notStored = (header: string) => {
  const line = header.split("\n").length - 1;
  return [{ messageId: "notHandedOverOnThrow" as const, data: { pool: "pool", line: line + 5 }, line: line + 4, column: 12, suggestions: [] }];
};
const BASE_HEADER = `import { Iterable } from "./base";\nexport class Rows extends Iterable {\n`;

const SAME_FILE_FUNCTION = `function tableNames(schema) {\n  return { main: \`"\${schema}".main\` };\n}\n`;
const SAME_FILE_THROWING = `function tableNames(schema) {\n  if (!schema) throw new Error("schema required");\n  return { main: \`"\${schema}".main\` };\n}\n`;
const SAME_FILE_ARROW = `const tableNames = (schema) => ["main"].reduce((acc, name) => ({ ...acc, [name]: schema + "." + name }), {});\n`;
const ARROW_CALLING_UNKNOWN = `const tableNames = (schema) => ["main"].reduce((acc, name) => ({ ...acc, [name]: quote(schema, name) }), {});\n`;
const ARROW_REDUCE_NO_SEED = `const tableNames = (schema) => [{ main: schema }].reduce((acc, names) => ({ ...acc, ...names }));\n`;
const REASSIGNED = `let tableNames = (schema) => ({ main: schema });\nexport function useQuoted() {\n  tableNames = (schema) => ({ main: quote(schema) });\n}\n`;
const IMPORTED = `import { tablesFor } from "./sql";\n`;
const IMPORTED_NESTED = `import { quoted } from "./sql";\n`;
const IMPORTED_OVERLOAD = `import { strict } from "./sql";\n`;
const REQUIRED = `const { setTypeParsers, parseSettings } = require("./serialization.cjs");\n`;
const METHOD_HEADER = (body: string) => `export class Store {\n  ${body}\n`;
const SAME_FILE_EXITING = `function tableNames(schema) {\n  if (!schema) process.exit(1);\n  return { main: \`"\${schema}".main\` };\n}\n`;
const SHADOWED_EXIT = `const process = { exit: (code) => report(code) };\n${SAME_FILE_EXITING}`;
const ASYNC_FUNCTION = `async function audit(schema) {\n  if (!schema) throw new Error("schema required");\n  await fetch(\`/audit/\${schema}\`);\n}\n`;
const ASYNC_ARROW = `const audit = async (schema = required()) => {\n  await fetch(\`/audit/\${schema}\`);\n};\n`;
const ASYNC_GENERATOR = `async function* audit(schema = required()) {\n  yield schema;\n}\n`;
const PLAIN_FUNCTION = `function audit(schema) {\n  if (!schema) throw new Error("schema required");\n  return fetch(\`/audit/\${schema}\`);\n}\n`;
const ASYNC_METHOD = `export class Store {\n  async audit(client) {\n    await client.query("SELECT 1");\n  }\n  onFinish(fn) {}\n`;
const REEXPORTED = `import { bindTemplate } from "./utilities";\n`;
const REEXPORTED_THROWING = `import { checkedTemplate } from "./utilities";\n`;
const REEXPORTED_TWICE = `import { bindTemplate } from "./helpers.js";\n`;
const STAR_REEXPORTED = `import { bindNamed } from "./utilities/all.js";\n`;
const IMPORTED_ASYNC = `const { rollback, rollbackNow } = require("./query-builder.cjs");\n`;
/** Shopmost's error printer: kleur's `red` by its own name. */
const RED_PRINTER = (source: string) =>
  `const { red } = require("${source}");\nfunction error(e) {\n  if (typeof e === "string") {\n    console.log(red(e));\n    return;\n  }\n  console.log(\`\${red(e.message)}\\n\${e.stack}\`);\n}\n`;

ruleTester.run("no-leaked-client: helpers whose body has no throw point", rule, {
  valid: [
    { name: "a function declared in the same file that only builds strings", code: beforeTry(SAME_FILE_FUNCTION, "tableNames(schema)"), filename: file("entry.js") },
    { name: "a same-file arrow whose reduce callback has no throw point", code: beforeTry(SAME_FILE_ARROW, "tableNames(schema)"), filename: file("entry.js") },
    { name: "a function exported by a local module (langgraphjs's tablesFor)", code: beforeTry(IMPORTED, "tablesFor(schema)"), filename: file("entry.ts") },
    {
      name: "a default export re-exported by name from a local module's index (slonik's mapTaggedTemplateLiteralInvocation)",
      code: beforeTry(REEXPORTED, "bindTemplate(schema)"),
      filename: file("entry.js"),
    },
    {
      name: "a same-file helper that may end the process with process.exit (it never throws)",
      code: beforeTry(SAME_FILE_EXITING, "tableNames(schema)"),
      filename: file("entry.js"),
    },
    {
      name: "a CommonJS helper that only registers type parsers (Pongo's setTypeParsers)",
      code: beforeReturn(REQUIRED, "setTypeParsers(client, serializer)"),
      filename: file("entry.js"),
    },
    {
      name: "a method of the enclosing class that pushes onto an array",
      code: beforeStore(METHOD_HEADER("cleanups = [];\n  onFinish(fn) {\n    this.cleanups.push(fn);\n  }\n"), "self.onFinish(() => self.stop())"),
      filename: file("entry.js"),
    },
    {
      name: "a base-class method in a local module, called through `self` (pg-iterator's onFinish)",
      code: beforeStore(BASE_HEADER, "self.onFinish(() => self.stop())"),
      filename: file("entry.ts"),
    },
    {
      name: "a same-file async function called without await: its throw rejects its promise",
      code: beforeTry(ASYNC_FUNCTION, "audit(schema)"),
      filename: file("entry.js"),
    },
    {
      name: "a same-file async arrow whose parameter default may throw: that too rejects",
      code: beforeTry(ASYNC_ARROW, "audit(schema)"),
      filename: file("entry.js"),
    },
    {
      name: "an async method of the enclosing class called without await",
      code: beforeStore(ASYNC_METHOD, "self.audit(c)"),
      filename: file("entry.js"),
    },
    {
      name: "an async function of a local module called without await (Shopmost's rollback)",
      code: beforeReturn(IMPORTED_ASYNC, "rollback(client)"),
      filename: file("entry.js"),
    },
    {
      name: "a same-file error printer styling with kleur's red (Shopmost's error)",
      code: beforeTry(RED_PRINTER("kleur"), "error(schema)"),
      filename: file("entry.js"),
    },
    {
      name: "pg's setTypeParser and an array's push on the client itself",
      code: beforeReturn("const opened = [];\n", "client.setTypeParser(20, (val) => BigInt(val)), opened.push(Date.now())"),
      filename: file("entry.js"),
    },
  ],
  invalid: [
    {
      name: "a same-file helper calling the exit of a local `process` object, which may throw",
      code: beforeTry(SHADOWED_EXIT, "tableNames(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(SHADOWED_EXIT, "tableNames(schema)"),
    },
    {
      name: "the same-file function throws on a missing schema",
      code: beforeTry(SAME_FILE_THROWING, "tableNames(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(SAME_FILE_THROWING, "tableNames(schema)"),
    },
    {
      name: "the reduce callback calls a function the analysis does not read",
      code: beforeTry(ARROW_CALLING_UNKNOWN, "tableNames(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(ARROW_CALLING_UNKNOWN, "tableNames(schema)"),
    },
    {
      name: "reduce without an initial value throws on an empty array",
      code: beforeTry(ARROW_REDUCE_NO_SEED, "tableNames(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(ARROW_REDUCE_NO_SEED, "tableNames(schema)"),
    },
    {
      name: "a helper that is reassigned is not the function it was declared as",
      code: beforeTry(REASSIGNED, "tableNames(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(REASSIGNED, "tableNames(schema)"),
    },
    {
      name: "an imported helper that calls another helper (one level deep only)",
      code: beforeTry(IMPORTED_NESTED, "quoted(schema)"),
      filename: file("entry.ts"),
      errors: workBeforeTry(IMPORTED_NESTED, "quoted(schema)", false),
    },
    {
      name: "an overloaded imported helper",
      code: beforeTry(IMPORTED_OVERLOAD, "strict(schema)"),
      filename: file("entry.ts"),
      errors: workBeforeTry(IMPORTED_OVERLOAD, "strict(schema)", false),
    },
    {
      name: "a CommonJS helper that parses JSON",
      code: beforeReturn(REQUIRED, "parseSettings(client, text)"),
      filename: file("entry.js"),
      errors: notHandedOver(REQUIRED),
    },
    {
      name: "a helper in a module that cannot be found",
      code: beforeReturn(`const { setTypeParsers } = require("./missing");\n`, "setTypeParsers(client, serializer)"),
      filename: file("entry.js"),
      errors: notHandedOver(`const { setTypeParsers } = require("./missing");\n`),
    },
    {
      name: "a forEach whose callback calls something unknown",
      code: beforeReturn("", "text.split(',').forEach((name) => register(client, name))"),
      filename: file("entry.js"),
      errors: notHandedOver(""),
    },
    {
      name: "the same helper not declared async: its throw is the call's",
      code: beforeTry(PLAIN_FUNCTION, "audit(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(PLAIN_FUNCTION, "audit(schema)"),
    },
    {
      name: "an async generator: its parameters' defaults run at the call",
      code: beforeTry(ASYNC_GENERATOR, "audit(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(ASYNC_GENERATOR, "audit(schema)"),
    },
    {
      name: "an async helper awaited: the await throws what the body throws",
      code: beforeTry(ASYNC_FUNCTION, "await audit(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(ASYNC_FUNCTION, "await audit(schema)"),
    },
    {
      name: "a re-exported helper whose own body throws first",
      code: beforeTry(REEXPORTED_THROWING, "checkedTemplate(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(REEXPORTED_THROWING, "checkedTemplate(schema)", false),
    },
    {
      name: "a re-export of a re-export: followed one level only",
      code: beforeTry(REEXPORTED_TWICE, "bindTemplate(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(REEXPORTED_TWICE, "bindTemplate(schema)", false),
    },
    {
      name: "a name that comes through `export * from`: not followed",
      code: beforeTry(STAR_REEXPORTED, "bindNamed(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(STAR_REEXPORTED, "bindNamed(schema)", false),
    },
    {
      name: "a local module's function that is not async and throws first",
      code: beforeReturn(IMPORTED_ASYNC, "rollbackNow(client)"),
      filename: file("entry.js"),
      errors: notHandedOver(IMPORTED_ASYNC),
    },
    {
      name: "an error printer whose red comes from a package not known to be throw-free",
      code: beforeTry(RED_PRINTER("./colors"), "error(schema)"),
      filename: file("entry.js"),
      errors: workBeforeTry(RED_PRINTER("./colors"), "error(schema)"),
    },
    {
      name: "a method of the enclosing class that throws first",
      code: beforeStore(METHOD_THROWING, "self.onFinish(() => self.stop())"),
      filename: file("entry.js"),
      errors: notStored(METHOD_THROWING),
    },
    {
      name: "a base-class method in a local module that throws first",
      code: beforeStore(BASE_HEADER, "self.onFinishChecked(() => self.stop())"),
      filename: file("entry.ts"),
      errors: notStored(BASE_HEADER),
    },
  ],
});
