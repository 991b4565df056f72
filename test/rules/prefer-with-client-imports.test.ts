// Where prefer-with-client's fix finds or adds withClient/withTransaction: an import next to the others (quotes and
// semicolons copied), a name joining an existing import, `require` in CommonJS. Only poolguard's helper (from
// importSource) is called: another `withClient` in scope — the file's own, maybe the very function being fixed —
// leaves it to poolguard's under a free name.
import rule from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

const BLOCK = `  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }`;
const CALL = (name: string) => `  await ${name}(pool, async (client) => {
    await client.query("SELECT 1");
  });`;

ruleTester.run("prefer-with-client (imports)", rule, {
  valid: [],
  invalid: [
    {
      // Already imported: no second import. Another helper from the same module joins its braces.
      code: `import { withClient } from "poolguard/runtime";
async function a(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}
async function b(pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM t");
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}`,
      // Both fixes touch the import line, so ESLint applies one a pass: b (first by range) then a.
      output: [
        `import { withClient, withTransaction } from "poolguard/runtime";
async function a(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}
async function b(pool) {
  await withTransaction(pool, async (client) => {
    await client.query("DELETE FROM t");
  });
}`,
        `import { withClient, withTransaction } from "poolguard/runtime";
async function a(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}
async function b(pool) {
  await withTransaction(pool, async (client) => {
    await client.query("DELETE FROM t");
  });
}`,
      ],
      errors: [
        { messageId: "preferWithClient", line: 3, column: 3 },
        { messageId: "preferWithClient", line: 11, column: 3 },
      ],
    },
    {
      // The project's own helper of that name may take other arguments: poolguard's comes in under a free name.
      code: `import { withClient } from "./db.js";
export async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      output: `import { withClient } from "./db.js";
import { withClient as poolguardWithClient } from "poolguard/runtime";
export async function load(pool) {
  await poolguardWithClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // importSource option, single quotes and no semicolons copied from the neighbouring import.
      code: `import pg from 'pg'
export async function load(pool) {
  const client = await pool.connect()
  try {
    await client.query('SELECT 1')
  } finally {
    client.release()
  }
}`,
      options: [{ importSource: "@acme/db" }],
      output: `import pg from 'pg'
import { withClient } from '@acme/db'
export async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query('SELECT 1')
  })
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // CommonJS: a require next to the others.
      code: `"use strict";
const { Pool } = require("pg");
const pool = new Pool();
async function load() {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}
module.exports = { load };`,
      languageOptions: { parserOptions: { sourceType: "script" } },
      output: `"use strict";
const { Pool } = require("pg");
const { withClient } = require("poolguard/runtime");
const pool = new Pool();
async function load() {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}
module.exports = { load };`,
      errors: [{ messageId: "preferWithClient", line: 5, column: 3 }],
    },
    {
      // CommonJS parsed as a module (ESLint's default for .js): its only require is called at once (a fastify route
      // file of AlbertoVolpato/info22-23 and Lalallal12/project1) and it exports through module.exports. An
      // `import` there would not even load under CommonJS: the require form goes after that require.
      filename: "file.js",
      code: `'use strict'
const validate = require('./schema')()
module.exports = async function (fastify) {
  fastify.get('/', async () => {
    const client = await fastify.pg.connect()
    try {
      await client.query('SELECT 1')
    } finally {
      client.release()
    }
  })
}`,
      output: `'use strict'
const validate = require('./schema')()
const { withClient } = require('poolguard/runtime')
module.exports = async function (fastify) {
  fastify.get('/', async () => {
    await withClient(fastify.pg, async (client) => {
      await client.query('SELECT 1')
    })
  })
}`,
      errors: [{ messageId: "preferWithClient", line: 5, column: 5 }],
    },
    {
      // No require at all, but module.exports (MosheBerger/quick-round's server/sql/likes.js): CommonJS too.
      code: `async function count(pool) {
  const client = await pool.connect();
  try {
    return await client.query("SELECT count(*) FROM likes");
  } finally {
    client.release();
  }
}
module.exports = count;`,
      output: `const { withClient } = require("poolguard/runtime");
async function count(pool) {
  return await withClient(pool, async (client) => {
    return await client.query("SELECT count(*) FROM likes");
  });
}
module.exports = count;`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // No import or require to imitate: the quotes of the file's strings (seif-alsheyab/chargeback-iq's src/db/tx.js,
      // an ES module of single-quoted strings, got a double-quoted import). The twin above keeps double quotes.
      code: `export async function withTx(pool, fn) {
  const client = await pool.connect();
  try {
    await client.query('SET LOCAL statement_timeout = 5000');
    return await fn(client);
  } finally {
    client.release();
  }
}`,
      output: `import { withClient } from 'poolguard/runtime';
export async function withTx(pool, fn) {
  return await withClient(pool, async (client) => {
    await client.query('SET LOCAL statement_timeout = 5000');
    return await fn(client);
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      code: `async function count(pool) {
  const client = await pool.connect();
  try {
    return await client.query('SELECT count(*) FROM likes');
  } finally {
    client.release();
  }
}
module.exports = count;`,
      output: `const { withClient } = require('poolguard/runtime');
async function count(pool) {
  return await withClient(pool, async (client) => {
    return await client.query('SELECT count(*) FROM likes');
  });
}
module.exports = count;`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // A comment that ends the last import's line stays with it (jhonatamoralesg/Proyecto_quiosco-Backend's models:
      // `import { pool } from "../config/database.js"; // check the path`): the import goes on the next line.
      code: `import { pool } from "../config/database.js"; // check the path
export async function load() {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      output: `import { pool } from "../config/database.js"; // check the path
import { withClient } from "poolguard/runtime";
export async function load() {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // The same for a require.
      code: `const { pool } = require("./db"); /* the app's pool */
async function load() {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}
module.exports = { load };`,
      output: `const { pool } = require("./db"); /* the app's pool */
const { withClient } = require("poolguard/runtime");
async function load() {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}
module.exports = { load };`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // Neither a top-level require nor an export: its only require is inside a function (lucianoheric/equadra's
      // dao/db.js and VSSThales/WorkScripts's db.js require pg inside connect()). `require` is CommonJS's own,
      // so the file runs as CommonJS, where an `import` would stop it from loading.
      code: `async function connect() {
  const { Pool } = require("pg");
  const pool = new Pool();
  const client = await pool.connect();
  try {
    await client.query("SELECT NOW()");
  } finally {
    client.release();
  }
  return pool;
}`,
      output: `const { withClient } = require("poolguard/runtime");
async function connect() {
  const { Pool } = require("pg");
  const pool = new Pool();
  await withClient(pool, async (client) => {
    await client.query("SELECT NOW()");
  });
  return pool;
}`,
      errors: [{ messageId: "preferWithClient", line: 4, column: 3 }],
    },
    {
      // Its twin: an ES module that makes its own require (createRequire) is still an ES module.
      code: `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
export async function connect() {
  const { Pool } = require("pg");
  const pool = new Pool();
  const client = await pool.connect();
  try {
    await client.query("SELECT NOW()");
  } finally {
    client.release();
  }
}`,
      output: `import { createRequire } from "node:module";
import { withClient } from "poolguard/runtime";
const require = createRequire(import.meta.url);
export async function connect() {
  const { Pool } = require("pg");
  const pool = new Pool();
  await withClient(pool, async (client) => {
    await client.query("SELECT NOW()");
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 6, column: 3 }],
    },
    {
      // A file with CRLF line ends (LeekedDE/dbcsgo's server) keeps them on the lines the fix writes: the added
      // require and the callback's lines, not a bare LF that leaves the file with mixed line ends.
      code: 'const { pool } = require("./db");\r\nasync function load() {\r\n  const client = await pool.connect();\r\n  try {\r\n    await client.query("SELECT 1");\r\n  } finally {\r\n    client.release();\r\n  }\r\n}\r\nmodule.exports = { load };\r\n',
      output:
        'const { pool } = require("./db");\r\nconst { withClient } = require("poolguard/runtime");\r\nasync function load() {\r\n  await withClient(pool, async (client) => {\r\n    await client.query("SELECT 1");\r\n  });\r\n}\r\nmodule.exports = { load };\r\n',
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // Top-level await in a module.
      code: `import { pool } from "./db.js";
const client = await pool.connect();
try {
  await client.query("SELECT 1");
} finally {
  client.release();
}`,
      output: `import { pool } from "./db.js";
import { withClient } from "poolguard/runtime";
await withClient(pool, async (client) => {
  await client.query("SELECT 1");
});`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 1 }],
    },
    {
      // The function being fixed is the file's own withClient: calling "withClient" inside it would recurse forever.
      code: `export async function withClient(settings, callback) {
  const client = await settings.pool.connect();
  try {
    return await callback(client);
  } finally {
    client.release();
  }
}`,
      output: `import { withClient as poolguardWithClient } from "poolguard/runtime";
export async function withClient(settings, callback) {
  return await poolguardWithClient(settings.pool, async (client) => {
    return await callback(client);
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // poolguard's helper already imported under another name: that name is used, nothing is added.
      code: `import { withClient as run } from "poolguard/runtime";
export async function load(pool) {
${BLOCK}
}`,
      output: `import { withClient as run } from "poolguard/runtime";
export async function load(pool) {
${CALL("run")}
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // poolguard's import is shadowed where the block is (a parameter of that name): the free name is imported.
      code: `import { withClient } from "poolguard/runtime";
export async function load(pool, withClient) {
${BLOCK}
  return withClient;
}`,
      output: `import { withClient, withClient as poolguardWithClient } from "poolguard/runtime";
export async function load(pool, withClient) {
${CALL("poolguardWithClient")}
  return withClient;
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // The free name is taken too: the next one. A CommonJS require of another withClient gets a renaming require.
      code: `const { withClient } = require("./db");
const poolguardWithClient = null;
async function load(pool) {
${BLOCK}
}`,
      languageOptions: { parserOptions: { sourceType: "script" } },
      output: `const { withClient } = require("./db");
const { withClient: poolguardWithClient2 } = require("poolguard/runtime");
const poolguardWithClient = null;
async function load(pool) {
${CALL("poolguardWithClient2")}
}`,
      errors: [{ messageId: "preferWithClient", line: 4, column: 3 }],
    },
    {
      // A global withClient that the file calls without declaring it: an import of that name would capture those
      // calls, so poolguard's comes in under the free name.
      code: `async function load(pool) {
${BLOCK}
  return withClient;
}`,
      output: `import { withClient as poolguardWithClient } from "poolguard/runtime";
async function load(pool) {
${CALL("poolguardWithClient")}
  return withClient;
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // Required from importSource in CommonJS: that binding is poolguard's.
      code: `const { withClient } = require("poolguard/runtime");
async function load(pool) {
${BLOCK}
}`,
      languageOptions: { parserOptions: { sourceType: "script" } },
      output: `const { withClient } = require("poolguard/runtime");
async function load(pool) {
${CALL("withClient")}
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
  ],
});
