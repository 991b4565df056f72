// Shapes of the rewrite's refusal of an async call returned without await (returned-async-calls.ts: `return load(id)`,
// `return this.load(id)`) written to break it (review-c): private, computed, static, getter, super and optional
// callees, arrow and field functions, nested functions, classes without the method, expressions, JSX.
// Read by new-readings-no-crash.test.ts.
const HEAD = `import { Pool } from "pg";\nconst pool = new Pool();\n`;
/** A class with `member`, whose `run` returns `returned` from the try whose finally releases. */
const K = (member: string, returned: string, modifier = "") => `${HEAD}export class Repo {
  ${member}
  ${modifier}async run(id: number) {
    const client = await pool.connect();
    try {
      await client.query("COMMIT");
      return ${returned};
    } finally {
      client.release();
    }
  }
}
`;
const LOAD = 'async load(id: number) { return pool.query("SELECT $1", [id]); }';
export const cases: Record<string, string> = {
  method: K(LOAD, "this.load(id)"),
  privateMethod: K('async #load(id: number) { return pool.query("SELECT $1", [id]); }', "this.#load(id)"),
  privateField: K('#load = async (id: number) => pool.query("SELECT $1", [id]);', "this.#load(id)"),
  computedCallee: K(LOAD, 'this["load"](id)'),
  computedMember: K('async ["load"](id: number) { return pool.query("SELECT $1", [id]); }', "this.load(id)"),
  staticMethod: K(`static ${LOAD}`, "Repo.load(id)"),
  staticCaller: K(`static ${LOAD}`, "this.load(id)", "static "),
  getter: K("get load() { return async (id: number) => id; }", "this.load(id)"),
  missing: K("", "(this as any).load(id)"),
  superCall: `${HEAD}class Base { ${LOAD} }\nexport class Repo extends Base {\n  async run(id: number) {\n    const client = await pool.connect();\n    try {\n      return super.load(id);\n    } finally {\n      client.release();\n    }\n  }\n}\n`,
  optionalCall: K(LOAD, "this.load?.(id)"),
  nonNullCallee: K(LOAD, "this.load!(id)"),
  asCallee: K(LOAD, "(this.load as any)(id)"),
  nestedFunction: K(LOAD, "(function (this: any) { return this.load(id); }).call(this)"),
  arrowCallee: K(LOAD, "(() => this.load(id))()"),
  thenChain: K(LOAD, "this.load(id).then((row) => row)"),
  conditional: K(LOAD, "id ? this.load(id) : null"),
  fieldNotFunction: K("load = 1;", "(this.load as any)(id)"),
  abstractLike: K("declare load: (id: number) => Promise<unknown>;", "this.load(id)"),
  classExpression: `${HEAD}export const Repo = class {\n  ${LOAD}\n  async run(id: number) {\n    const client = await pool.connect();\n    try {\n      return this.load(id);\n    } finally {\n      client.release();\n    }\n  }\n};\n`,
  plainFunction: `${HEAD}async function load(id: number) { return pool.query("SELECT $1", [id]); }\nexport async function run(id: number) {\n  const client = await pool.connect();\n  try {\n    return load(id);\n  } finally {\n    client.release();\n  }\n}\n`,
  tsx: `${HEAD}export class Repo {\n  ${LOAD}\n  async run(id: number) {\n    const client = await pool.connect();\n    try {\n      return [this.load(id), <div />];\n    } finally {\n      client.release();\n    }\n  }\n}\n`,
};
