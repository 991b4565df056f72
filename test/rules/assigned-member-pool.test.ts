// A property that the same function set to a pg pool (`ctx.db = new Pool(…)`, then `ctx.db.connect()`) is a pool,
// whatever its name (corpus: looking4mage/LookingForMage's per-request Koa middleware, whose checkout is dropped), and
// so is `this.db` after `this.db = new Pool(…)` in the same method (corpus: dirigeants/klasa-pieces' providers, whose
// init() checks the database with a checkout it drops).
// Each invalid case sits next to the valid twin that differs by the one thing the analysis looks at.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: a property assigned a pool in the same function", rule, {
  valid: [
    {
      name: "the checkout released in finally",
      code: `import { Pool } from "pg";
export async function postgres(ctx: any, next: () => Promise<void>) {
  ctx.db = new Pool();
  const client = await ctx.db.connect();
  try {
    await next();
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "assigned in another function: it may not have run, the name says nothing",
      code: `import { Pool } from "pg";
export function setup(ctx: any) {
  ctx.db = new Pool();
}
export async function use(ctx: any) {
  await ctx.db.connect();
}`,
    },
    {
      name: "assigned only after the connect",
      code: `import { Pool } from "pg";
export async function use(ctx: any) {
  await ctx.db.connect();
  ctx.db = new Pool();
}`,
    },
    {
      name: "assigned something that is not a pg pool",
      code: `import Redis from "ioredis";
export async function use(ctx: any) {
  ctx.db = new Redis();
  await ctx.db.connect();
}`,
    },
    {
      name: "this: the checkout released in finally",
      code: `import { Pool } from "pg";
export class Provider {
  db: any = null;
  async init() {
    this.db = new Pool();
    const client = await this.db.connect();
    try {
      await client.query("SELECT 1");
    } finally {
      client.release();
    }
  }
}`,
    },
    {
      name: "this: assigned in another method, which may not have run",
      code: `import { Pool } from "pg";
export class Provider {
  db: any = null;
  setup() {
    this.db = new Pool();
  }
  async init() {
    await this.db.connect();
  }
}`,
    },
    {
      name: "this: assigned in a nested arrow function, which may not have run",
      code: `import { Pool } from "pg";
export class Provider {
  db: any = null;
  async init() {
    const setup = () => {
      this.db = new Pool();
    };
    if (Math.random() > 2) setup();
    await this.db.connect();
  }
}`,
    },
    {
      name: "this: assigned something that is not a pg pool",
      code: `import Redis from "ioredis";
export class Provider {
  db: any = null;
  async init() {
    this.db = new Redis();
    await this.db.connect();
  }
}`,
    },
  ],
  invalid: [
    {
      name: "a pool made per request and its checkout dropped",
      code: `import { Pool } from "pg";
export async function postgres(ctx: any, next: () => Promise<void>) {
  ctx.db = new Pool();
  await ctx.db.connect();
  await next();
  await ctx.db.end();
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "ctx.db" }, line: 4, column: 9, suggestions: [] }],
    },
    {
      name: "a checkout from the assigned pool released only on the straight path",
      code: `import { Pool } from "pg";
export async function postgres(ctx: any, next: () => Promise<void>) {
  ctx.db = new Pool();
  const client = await ctx.db.connect();
  await next();
  client.release();
}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "ctx.db", line: 5 },
          line: 4,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
export async function postgres(ctx: any, next: () => Promise<void>) {
  ctx.db = new Pool();
  await withClient(ctx.db, async (client) => {
    await next();
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "this: a method makes the pool and drops its probe checkout",
      code: `import { Pool } from "pg";
export class Provider {
  db: any = null;
  async init() {
    this.db = new Pool();
    this.db.on("error", () => {});
    await this.db.connect();
  }
  shutdown() {
    return this.db.end();
  }
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "this.db" }, line: 7, column: 11, suggestions: [] }],
    },
  ],
});
