// A pool that reaches a NestJS class through a custom provider's token, `@Inject(PG_POOL) private conn: any`: the
// provider (`{ provide: PG_POOL, useFactory: () => new Pool(…) }`, or `useValue: new Pool(…)`) is read in the linted
// file itself, or in the local module the token is imported from. A provider of something else under the token, or a
// token only a third module provides (not read: that takes a search of the whole project), stays silent as before.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-provided-pools-");

write(
  "own/database.provider.ts",
  `import { Pool } from "pg";\nexport const PG_POOL = "PG_POOL";\nexport const databaseProviders = [\n  { provide: PG_POOL, useFactory: async () => {\n    return new Pool({ max: 5 });\n  } },\n];\n`,
);
// The token declared in a constants module; the provider in a third module the service does not import.
write("constants/tokens.ts", `export const PG_POOL = "PG_POOL";\n`);
write("constants/database.module.ts", `import { Pool } from "pg";\nimport { PG_POOL } from "./tokens";\nexport const provider = { provide: PG_POOL, useValue: new Pool() };\n`);

const SERVICE = (token: string, imports: string) =>
  `import { Inject, Injectable } from "@nestjs/common";\n${imports}@Injectable()\nexport class UsersService {\n  constructor(@Inject(${token}) private readonly conn: any) {}\n  async find(id: number) {\n    const client = await this.conn.connect();\n    const { rows } = await client.query("SELECT * FROM users WHERE id = $1", [id]);\n    return rows[0];\n  }\n}\n`;
const SAME_FILE = (provider: string) =>
  `import { Inject, Injectable, Module } from "@nestjs/common";\nimport { Pool } from "pg";\nimport { createClient } from "redis";\n@Injectable()\nexport class HealthService {\n  constructor(@Inject("DATABASE") private readonly db: any) {}\n  async check() {\n    const client = await this.db.connect();\n    await client.query("SELECT 1");\n    return true;\n  }\n}\n@Module({ providers: [${provider}, HealthService] })\nexport class HealthModule {}\n`;

ruleTester.run("no-leaked-client: a pool injected by a NestJS provider's token", rule, {
  valid: [
    {
      name: "the token's provider makes a redis client, not a pool",
      code: SAME_FILE(`{ provide: "DATABASE", useFactory: () => createClient() }`),
    },
    {
      name: "another token is provided with a pool",
      code: SAME_FILE(`{ provide: "OTHER", useValue: new Pool() }`),
    },
    {
      name: "a token of a constants module that a third module provides is not searched for",
      code: SERVICE("PG_POOL", `import { PG_POOL } from "./tokens";\n`),
      filename: path.join(root, "constants", "users.service.ts"),
    },
  ],
  invalid: [
    {
      name: "`useValue: new Pool()` in the same file under the injected string token",
      code: SAME_FILE(`{ provide: "DATABASE", useValue: new Pool() }`),
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "this.db" },
          line: 8,
          column: 26,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: SAME_FILE(`{ provide: "DATABASE", useValue: new Pool() }`)
                .replace(`import { createClient } from "redis";\n`, `import { createClient } from "redis";\nimport { withClient } from "poolguard/runtime";\n`)
                .replace(
                  `    const client = await this.db.connect();\n    await client.query("SELECT 1");\n    return true;\n`,
                  `    return await withClient(this.db, async (client) => {\n      await client.query("SELECT 1");\n      return true;\n    });\n`,
                ),
            },
          ],
        },
      ],
    },
    {
      name: "the token imported from the provider module whose factory returns a pool",
      code: SERVICE("PG_POOL", `import { PG_POOL } from "./database.provider";\n`),
      filename: path.join(root, "own", "users.service.ts"),
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "this.conn" },
          line: 7,
          column: 26,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: SERVICE("PG_POOL", `import { PG_POOL } from "./database.provider";\nimport { withClient } from "poolguard/runtime";\n`).replace(
                `    const client = await this.conn.connect();\n    const { rows } = await client.query("SELECT * FROM users WHERE id = $1", [id]);\n    return rows[0];\n`,
                `    return await withClient(this.conn, async (client) => {\n      const { rows } = await client.query("SELECT * FROM users WHERE id = $1", [id]);\n      return rows[0];\n    });\n`,
              ),
            },
          ],
        },
      ],
    },
  ],
});
