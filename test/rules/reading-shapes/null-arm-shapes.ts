// Shapes of the nullish arm reading (arm-checkouts.ts: `const client = test ? await pool.connect() : null`, the
// variable tested) written to break it (review-c): null, undefined and void 0 arms, nested choices, `??`/`||`,
// TS wrappers on arms and tests, tests that are calls, members, `typeof`, `this`, computed and private names, tests read
// again, top-level and class code, destructured declarators, JSX. Read by new-readings-no-crash.test.ts.
const HEAD = `import { Pool, type PoolClient } from "pg";\nconst pool = new Pool();\n`;
const IF_NOT = "  if (!client) return;\n";
const FINALLY = '  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n';
const LEAK = '  await client.query("SELECT 1");\n  client.release();\n';
/** `const client = init;` in an async function taking `flag`, then `body`. */
const A = (init: string, body = IF_NOT + LEAK) =>
  `${HEAD}export async function q(flag: boolean, cfg: any) {\n  const client = ${init};\n${body}}\n`;
export const cases: Record<string, string> = {
  nullArm: A("flag ? await pool.connect() : null"),
  nullArmOk: A("flag ? await pool.connect() : null", IF_NOT + FINALLY),
  nullFirst: A("flag ? null : await pool.connect()"),
  undefinedArm: A("flag ? await pool.connect() : undefined", "  if (client == null) return;\n" + LEAK),
  voidArm: A("flag ? await pool.connect() : void 0", "  if (client === undefined) return;\n" + LEAK),
  voidNonLiteral: A("flag ? await pool.connect() : void flag"),
  bigintArm: A("flag ? await pool.connect() : (0n as any)"),
  regexArm: A("flag ? await pool.connect() : (/x/ as any)"),
  nestedNull: A("flag ? await pool.connect() : cfg.x ? null : undefined"),
  nestedOther: A("flag ? await pool.connect() : cfg.x ? null : cfg.client"),
  nullishCoalesce: A("(await pool.connect()) ?? null"),
  orNull: A("(flag && (await pool.connect())) || null"),
  asArm: A("flag ? (await pool.connect()) as PoolClient : (null as any)"),
  nonNullArm: A("flag ? (await pool.connect())! : null"),
  parenthesizedChoice: A("(flag ? await pool.connect() : null)"),
  satisfiesChoice: A("(flag ? await pool.connect() : null) satisfies PoolClient | null"),
  callTest: A("cfg.useTx() ? await pool.connect() : null", IF_NOT + "  if (cfg.useTx()) return;\n" + FINALLY),
  typeofTest: A('typeof cfg.connect === "function" ? await pool.connect() : null'),
  memberTest: A("cfg.tx ? await pool.connect() : null", IF_NOT + "  if (!cfg.tx) return;\n" + FINALLY),
  computedTest: A('cfg["tx"] ? await pool.connect() : null', IF_NOT + '  if (!cfg.tx) return;\n' + FINALLY),
  negatedTest: A("!flag ? null : await pool.connect()", "  if (flag) console.log(client ? 1 : 2);\n" + FINALLY),
  testReadInClosure: A("flag ? await pool.connect() : null", "  const on = () => flag;\n" + IF_NOT + LEAK),
  testShadowed: A("flag ? await pool.connect() : null", "  { const flag = 1; void flag; }\n" + IF_NOT + LEAK),
  testUndefinedCompare: A("cfg.x !== undefined ? await pool.connect() : undefined", "  if (client === undefined) return;\n" + LEAK),
  thisTest: `${HEAD}export class Db {\n  tx = false;\n  pool = new Pool();\n  async q() {\n    const client = this.tx ? await this.pool.connect() : null;\n    if (!client) return;\n    if (this.tx) console.log("tx");\n    client.release();\n  }\n}\n`,
  privateTest: `${HEAD}export class Db {\n  #tx = false;\n  pool = new Pool();\n  async q() {\n    const client = this.#tx ? await this.pool.connect() : null;\n    if (!client) return;\n    client.release();\n  }\n}\n`,
  topLevel: `${HEAD}const client = process.env.DB ? await pool.connect() : null;\nif (client) {\n  await client.query("SELECT 1");\n  client.release();\n}\n`,
  topLevelTestAgain: `${HEAD}const client = process.env.DB ? await pool.connect() : null;\nif (!process.env.DB) process.exit(0);\nif (client) client.release();\n`,
  letReassigned: `${HEAD}export async function q(flag: boolean) {\n  let client = flag ? await pool.connect() : null;\n  if (!client) client = await pool.connect();\n  client.release();\n}\n`,
  destructuredDeclarator: A("flag ? await pool.connect() : null", "").replace("const client =", "const { release } ="),
  arrowExpressionBody: `${HEAD}export const q = async (flag: boolean) => (flag ? await pool.connect() : null)?.release();\n`,
  classField: `${HEAD}export class Db {\n  pool = new Pool();\n  client = process.env.DB ? this.pool.connect() : null;\n}\n`,
  jsx: `const { Pool } = require("pg");\nconst pool = new Pool();\nexport async function Q({ on }) {\n  const client = on ? await pool.connect() : null;\n  if (!client) return <p />;\n  await client.query("SELECT 1");\n  client.release();\n  return <div />;\n}\n`,
  emptyBody: `${HEAD}export async function q(flag: boolean) {\n  const client = flag ? await pool.connect() : null;\n}\n`,
};
