// Shapes written to break session 26's readings (review-f): the GraphQL servers' context options
// (context-options.ts), loans on a parameter (loaned-stores.ts), a checkout's promise awaited later
// (awaited-promise-checkout.ts), a store cleared by the client's own listener (listener-cleared-holders.ts), and the
// promises the rewrite follows on properties, parameters and async methods (carried-promises.ts): spreads, computed and
// private keys, shorthand and non-function values, missing arguments, TS wrappers.
// Read by new-readings-no-crash.test.ts.
export const HEAD = `import { Pool } from "pg";\nconst pool = new Pool();\n`;
const WS = `import { useServer } from "graphql-ws/lib/use/ws";\nimport { startStandaloneServer } from "@apollo/server/standalone";\n${HEAD}`;
const ctx = (options: string, args = "") => `${WS}export const start = (schema: any, ws: any, server: any) => useServer(${options}${args});\n`;
export const body = `async () => {\n  const client = await pool.connect();\n  return { client } as const;\n}`;
/** A function that releases its checkout through `run`'s try/finally, `before` at its top and `returned` returned. */
export const held = (before: string, returned: string) => `${HEAD}${before}
export async function run(id: number) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    return ${returned};
  } finally {
    client.release();
  }
}
`;

export const cases: Record<string, string> = {
  "context: options spread into the call": ctx(`...[{ schema, context: ${body} }]`, ", ws"),
  "context: no arguments": ctx(""),
  "context: shorthand, not a function": `${WS}const context = ${body};\nexport const start = (ws: any) => useServer({ context }, ws);\n`,
  "context: computed key": ctx(`{ ["context"]: ${body}, [Symbol.iterator]: null, onComplete: undefined }`, ", ws"),
  "context: options wrapped, hooks a getter and a method": ctx(`({ get onComplete() { return null; }, onNext() {}, context: ${body} } as any)`, ", ws"),
  "context: Apollo, options first, server spread": `${WS}export const start = (s: any) => startStandaloneServer(...[s], { context: ${body} });\n`,
  "context: returned through a sequence and a conditional": ctx(`{ context: async () => { const client = await pool.connect(); return (0, client) ?? (true ? { client } : null); } }`, ", ws"),
  "loan: destructured parameter with default and rest": `${HEAD}export async function handle({ event = {} as any, ...rest }: any, [locals]: any[] = []) {\n  const client = await pool.connect();\n  event.locals = { client, ...rest };\n  locals[0] = client;\n  (rest as any).db ??= client;\n  await rest.next();\n  client.release();\n}\n`,
  "loan: store on this and on a call": `${HEAD}export class H {\n  async handle(ctx: any) {\n    const client = await pool.connect();\n    this.db = client;\n    ctx.get().db = client;\n    await ctx.next();\n    client.release();\n  }\n  db: any;\n}\n`,
  "awaited later: in a loop, a closure, a wrapper, read twice": `${HEAD}export async function a() {\n  const p = pool.connect();\n  for (;;) { const c = await p; c.release(); break; }\n}\nexport async function b() {\n  const p = pool.connect() as Promise<any>;\n  const c = await (p as any)!;\n  c.release();\n}\nexport async function c() {\n  const p = pool.connect();\n  return async () => (await p).release();\n}\nexport const d = async () => { const p = pool.connect(); const [x] = [await p, await p]; x.release(); };\n`,
  "listener: spread arguments, non-function listener, computed event": `${HEAD}let holder: any;\nexport async function listen(handler: any) {\n  const client = await pool.connect();\n  holder = client;\n  client.on(...(["error", () => { holder = undefined; }] as const));\n  client.on("end", handler);\n  client.on(\`error\`, function () { holder = null; });\n  client.once("error", async () => { await null; holder = undefined; });\n}\n`,
  "listener: this store in an arrow, a class field": `${HEAD}export class L {\n  c: any;\n  listen = async () => {\n    const client = await pool.connect();\n    this.c = client;\n    client.on("error", () => { this.c = undefined; });\n  };\n  #p: any;\n  async m() {\n    const client = await pool.connect();\n    this.#p = client;\n    client.on("end", () => { this.#p = undefined; });\n  }\n}\n`,
  "carried: property of a computed key, a private method, a getter": held(
    `class Repo {\n  async #find(id: number) { return id; }\n  get find() { return async (id: number) => id; }\n  static async s() {}\n  async ["x"](id: number) { return this.#find(id); }\n}\nconst repo = new Repo();\nconst box: any = { ["p"]: repo.x(1), ...{ q: 1 } };`,
    `(box[Symbol.iterator], box.p, repo.find(id), repo["x"](id), (repo as any).find!(id))`,
  ),
  "carried: parameter patterns and spread arguments": held(
    `let pending: any;\nasync function load(id: number) { return id; }\nfunction remember({ p }: any = {}, q = load(1), ...r: any[]) { pending = q; pending = r; }\nremember(...[load(1)]);\nremember({ p: load(2) }, load(3), load(4));`,
    `pending`,
  ),
  "carried: new of an expression and of a class without methods": held(
    `const Made = class {};\nconst store = new (class { async find() { return 1; } })();\nconst other = new Made();\nconst list: any[] = [];\nlist.push(...[store.find()]);`,
    `(store.find(), (other as any).find(), list)`,
  ),
  "declared helpers: TS declarations with no body, read wherever a helper of the file is": `${HEAD}declare function load(id: number): Promise<unknown>;
declare function check(client: unknown): asserts client;
declare function handleError(err: unknown, client: unknown, done: unknown): boolean;
declare function use(client: unknown): void;
declare function run(q: unknown, cb: (err: unknown, r: unknown) => void): void;
export async function a(id: number) {
  const client = await pool.connect();
  check(client);
  use(client);
  run(client, (err, r) => load(id));
  try {
    await client.query("SELECT 1");
    return load(id);
  } finally {
    client.release();
  }
}
export function b() {
  pool.connect((err, client, done) => {
    if (handleError(err, client, done)) return;
    client.query("SELECT 1", () => done());
  });
}
`,
};
