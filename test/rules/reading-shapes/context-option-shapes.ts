// Shapes of the GraphQL servers' context option (context-options.ts: graphql-ws's useServer, Apollo 4's
// startStandaloneServer/expressMiddleware) written to break it (review-e): aliased, required, namespace and reassigned
// bindings, string/computed keys, a method, TS wrappers, optional and spread calls, no arguments, array patterns with
// holes and defaults, generators, empty bodies, `arguments`, nested returns, releases through a variable or a named
// hook, a context given as a variable, a class, a CommonJS script with a top-level call, JSX.
// Read by new-readings-no-crash.test.ts.
const P = `import { Pool } from "pg";\nconst pool = new Pool();\n`;
const WS = `import { useServer } from "graphql-ws/lib/use/ws";\n`;
const AP = `import { startStandaloneServer } from "@apollo/server/standalone";\n`;
export const cases: Record<string, string> = {
  apolloCloseRelease: AP + P + `export const s = (server) => startStandaloneServer(server, { context: async ({ req, res }) => { const client = await pool.connect(); res.on("close", () => client.release()); return { client }; } });`,
  wsSocketCloseRelease: WS + P + `export const s = (schema, ws) => useServer({ schema, context: async (ctx) => { const client = await pool.connect(); ctx.extra.socket.once("close", () => client.release()); return { client }; } }, ws);`,
  wsOnCompleteNamed: WS + P + `function releaseClient(ctx) { ctx.extra.client?.release(); }\nexport const s = (schema, ws) => useServer({ schema, context: async (ctx) => { const client = await pool.connect(); ctx.extra.client = client; return { client }; }, onComplete: releaseClient }, ws);`,
  wsOnCompleteNamedNoStore: WS + P + `function releaseClient(ctx) { ctx.extra.client?.release(); }\nexport const s = (schema, ws) => useServer({ schema, context: async (ctx) => { const client = await pool.connect(); return { client }; }, onComplete: releaseClient }, ws);`,
  wsOnOperationRelease: WS + P + `export const s = (schema, ws) => useServer({ schema, context: async () => ({ client: await pool.connect() }), onOperation: (ctx, msg, args) => { args.contextValue.client.release(); } }, ws);`,
  wsAliased: `import { useServer as us } from "graphql-ws/lib/use/ws";\n` + P + `export const s = (schema, ws) => us({ schema, context: async () => { const client = await pool.connect(); return { client }; } }, ws);`,
  wsCjs: `const { useServer: us } = require("graphql-ws/lib/use/ws");\n` + P.replace('import { Pool } from "pg";', 'const { Pool } = require("pg");') + `exports.s = (schema, ws) => us({ schema, context: async () => { const client = await pool.connect(); return { client }; } }, ws);`,
  wsNamespace: `import * as gws from "graphql-ws/lib/use/ws";\n` + P + `export const s = (schema, ws) => gws.useServer({ schema, context: async () => { const client = await pool.connect(); return { client }; } }, ws);`,
  wsStringKey: WS + P + `export const s = (schema, ws) => useServer({ schema, "context": async () => { const client = await pool.connect(); return { client }; } }, ws);`,
  wsComputedKey: WS + P + `export const s = (schema, ws) => useServer({ schema, ["context"]: async () => { const client = await pool.connect(); return { client }; } }, ws);`,
  wsMethod: WS + P + `export const s = (schema, ws) => useServer({ schema, async context() { const client = await pool.connect(); return { client }; } }, ws);`,
  wsTsWrap: WS + P + `export const s = (schema, ws) => useServer(({ schema, context: (async () => { const client = (await pool.connect())!; return { client: client as any } satisfies object; }) as any } as any)!, ws);`,
  wsOptionalCall: WS + P + `export const s = (schema, ws) => useServer?.({ schema, context: async () => { const client = await pool.connect(); return { client }; } }, ws);`,
  wsSpreadArgs: WS + P + `export const s = (args) => useServer(...args);`,
  wsSpreadOpts: WS + P + `export const s = (opts, ws) => useServer({ ...opts, context: async () => { const client = await pool.connect(); return { client }; } }, ws);`,
  wsNoArgs: WS + P + `export const s = () => useServer();`,
  wsArrayPattern: WS + P + `export const s = (schema, ws) => useServer({ schema, context: async () => { const [client] = await Promise.all([pool.connect()]); return { client }; } }, ws);`,
  wsHole: WS + P + `export const s = (schema, ws) => useServer({ schema, context: async () => { const [, client] = [0, await pool.connect()]; return { client }; } }, ws);`,
  wsDefaultParam: WS + P + `export const s = (schema, ws) => useServer({ schema, context: async ({ extra } = {}, [a, , b = 1] = []) => { const client = await pool.connect(); return { client, ...extra }; } }, ws);`,
  wsGenerator: WS + P + `export const s = (schema, ws) => useServer({ schema, context: async function* () { const client = await pool.connect(); return { client }; } }, ws);`,
  wsEmpty: WS + P + `export const s = (schema, ws) => useServer({ schema, context: () => {} }, ws);`,
  wsArguments: WS + P + `export const s = function () { return useServer({ context: async () => { const client = await pool.connect(); return { client, a: arguments }; } }, arguments[0]); };`,
  wsNestedReturn: WS + P + `export const s = (schema, ws) => useServer({ schema, context: async () => { const client = await pool.connect(); return { db: { client } }; } }, ws);`,
  wsReassigned: `import { useServer } from "graphql-ws/lib/use/ws";\nlet u = useServer;\n` + P + `export const s = (schema, ws) => u({ schema, context: async () => { const client = await pool.connect(); return { client }; } }, ws);`,
  apolloGlobalReturnCjs: `const { startStandaloneServer } = require("@apollo/server/standalone");\nconst { Pool } = require("pg");\nconst pool = new Pool();\nstartStandaloneServer(server, { context: async () => { const client = await pool.connect(); return { client }; } });\n`,
  "apollo context in JSX tsx": AP + P + `export const s = (server) => startStandaloneServer(server, { context: async () => { const client = await pool.connect(); return { client, el: <div>{client ? 1 : 2}</div> }; } });`,
  apolloReleaseVar: AP + P + `export const s = (server) => startStandaloneServer(server, { context: async ({ res }) => { const client = await pool.connect(); const done = () => client.release(); res.once("close", done); return { client }; } });`,
  apolloTryFinallyRows: AP + P + `export const s = (server) => startStandaloneServer(server, { context: async () => { const client = await pool.connect(); try { return { rows: (await client.query("x")).rows }; } finally { client.release(); } } });`,
  apolloReleaseFnReturned: AP + P + `export const s = (server) => startStandaloneServer(server, { context: async () => { const client = await pool.connect(); return { client, release: () => client.release() }; } });`,
  apolloPoolNotClient: AP + P + `export const s = (server) => startStandaloneServer(server, { context: async () => ({ pool }) });`,
  apolloContextVar: AP + P + `const context = async () => { const client = await pool.connect(); return { client }; };\nexport const s = (server) => startStandaloneServer(server, { context });`,
  expressClass: `import { expressMiddleware } from "@apollo/server/express4";\n` + P + `class A { context = async () => { const client = await pool.connect(); return { client }; }; mount(app, server) { app.use(expressMiddleware(server, { context: this.context })); } m2(server) { return expressMiddleware(server, { context: async () => { const c = await pool.connect(); return { c }; } }); } }`,
};
