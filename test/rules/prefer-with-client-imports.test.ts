// Where prefer-with-client's fix finds or adds withClient/withTransaction: an import next to the others (quotes and
// semicolons copied), a name joining an existing import, the project's own helper, `require` in CommonJS.
import rule from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

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
  ],
});
