// no-leaked-client: a release in a callback that never runs is no release (never-run-releases.ts) — a listener of an
// event pg's Pool never emits (tbfidek/BaIn releases its start-up check only in `pool.on("close", …)`; pg-pool emits
// connect, acquire, release, remove and error), and an RxJS operator's callback in a `.pipe(…)` whose result is
// thrown away (Jack-Gitter/TransactionInterceptor before 3a6af33: nobody subscribes, so `finalize` never runs), and a
// function expression made and dropped (StraXO/JS-Discord-Bot's guildCreate: `clientDB.query(sql), async (err) => {
// done(err); };`, a comma expression). Each valid case is the twin of an invalid one, differing in the one fact a guard
// reads.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** tbfidek's start-up check: the release only in a listener of `event` on `emitter`; `extra` after the check. */
const startUpCheck = (event: string, emitter = "pool", extra = "") => `import pg from "pg";
import { EventEmitter } from "node:events";
const bus = new EventEmitter();
const pool = new pg.Pool();
pool.connect((err, client, release) => {
  if (err) throw err;
  ${emitter}.on("${event}", () => {
    release();
  });
});
${extra}export default pool;`;

/** A NestJS-style interceptor; `tail` is what it does with the piped stream after the checkout. */
const interceptor = (tail: string, imports = `import { finalize, tap } from "rxjs";\n`) => `${imports}import { Pool } from "pg";
const pool = new Pool();
export async function intercept(next) {
  const stream = next.handle();
  const client = await pool.connect();
  ${tail}
}`;

ruleTester.run("no-leaked-client: releases in callbacks that never run", rule, {
  valid: [
    { name: "a listener of 'release', which pg's Pool emits", code: startUpCheck("release") },
    { name: "a listener of 'remove', which pg's Pool emits", code: startUpCheck("remove") },
    { name: "'close' on an emitter of the file's own, which may emit it", code: startUpCheck("close", "bus") },
    { name: "'close' on a pool the file emits it on by hand", code: startUpCheck("close", "pool", `pool.emit("close");\n`) },
    {
      name: "'close' on a pool variable written again with another value",
      code: `import pg from "pg";\nlet pool = new pg.Pool();\npool.connect((err, client, release) => {\n  if (err) throw err;\n  pool.on("close", () => release());\n});\npool = makePool();\nexport default pool;`,
    },
    {
      name: "the piped stream is returned: its subscriber runs finalize",
      code: interceptor(`return stream.pipe(finalize(() => client.release()));`),
    },
    {
      name: "the piped stream is subscribed to",
      code: interceptor(`stream.pipe(finalize(() => client.release())).subscribe();\n  return stream;`),
    },
    {
      name: "a chain of pipes kept in a variable",
      code: interceptor(`const piped = stream.pipe(finalize(() => client.release())).pipe(tap(() => {}));\n  return piped;`),
    },
    {
      name: "a dropped pipe of a finalize that is not rxjs's (a Node stream's pipe, say)",
      code: interceptor(`stream.pipe(finalize(() => client.release()));\n  return stream;`, `import { finalize } from "./streams";\n`),
    },
  ],
  invalid: [
    {
      name: "tbfidek's start-up check: the release only on 'close', which pg's Pool never emits",
      code: startUpCheck("close"),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 5, column: 1, suggestions: [] }],
    },
    {
      name: "the release by name in a once('end') listener of the pool",
      code: `import { Pool } from "pg";\nconst pool = new Pool();\nexport function probe() {\n  pool.connect((err, client, done) => {\n    if (err) return;\n    pool.once("end", done);\n  });\n}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "finalize on a pipe nobody subscribes to",
      code: interceptor(`stream.pipe(finalize(() => client.release()));\n  return stream;`),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "Jack-Gitter's tap({ finalize }) on a dropped chain of pipes, voided",
      code: interceptor(
        `void stream.pipe(tap(() => {})).pipe(tap({ finalize: async () => {\n    await client.release();\n  } }));\n  return stream;`,
      ),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "an operator through the package's namespace",
      code: interceptor(`stream.pipe(rx.finalize(() => client.release()));\n  return stream;`, `import * as rx from "rxjs";\n`),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 6, column: 24, suggestions: [] }],
    },
  ],
});

/** StraXO's guild-join event: the callback checkout's INSERT, then `release` as `tail` writes it. */
const guildJoin = (tail: string) => `import pg from "pg";
const pool = new pg.Pool();
export function onGuildCreate(guild) {
  pool.connect((err, clientDB, done) => {
    if (err) throw err;
    ${tail}
  });
}`;

/** An awaited checkout whose finally does `tail`. */
const awaitedFinally = (tail: string) => `import { Pool } from "pg";
const pool = new Pool();
export async function load(id) {
  const client = await pool.connect();
  try {
    return await client.query("SELECT * FROM t WHERE id = $1", [id]);
  } finally {
    ${tail}
  }
}`;

ruleTester.run("no-leaked-client: releases in function expressions made and dropped", rule, {
  valid: [
    { name: "the arrow given to the query as its callback", code: guildJoin(`clientDB.query("INSERT INTO guilds (id) VALUES ($1)", [guild.id], async (err, result) => {\n      done(err);\n    });`) },
    { name: "the arrow kept in a const and called", code: guildJoin(`const finish = (e) => done(e);\n    clientDB.query("INSERT INTO guilds (id) VALUES ($1)", [guild.id], finish);`) },
    { name: "the arrow called where it is written", code: guildJoin(`clientDB.query("INSERT INTO guilds (id) VALUES ($1)", [guild.id]), (() => {\n      done();\n    })();`) },
    { name: "a function expression called with void", code: awaitedFinally(`void function () {\n      client.release();\n    }();`) },
    { name: "the last operand of a sequence whose value is kept and called", code: awaitedFinally(`const later = (console.log("done"), () => client.release());\n    later();`) },
  ],
  invalid: [
    {
      name: "StraXO's guildCreate: the callback is the dropped second operand of a comma expression",
      code: guildJoin(`clientDB.query("INSERT INTO guilds (id) VALUES ($1)", [guild.id]), async (err, result) => {\n      done(err);\n    };`),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "a function expression made with void and never called",
      code: guildJoin(`clientDB.query("INSERT INTO guilds (id) VALUES ($1)", [guild.id]);\n    void function () {\n      done();\n    };`),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "an arrow written as a statement of its own in the finally, behind a type assertion",
      code: awaitedFinally(`((() => client.release()) as () => void);`),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 24, suggestions: [] }],
    },
  ],
});
