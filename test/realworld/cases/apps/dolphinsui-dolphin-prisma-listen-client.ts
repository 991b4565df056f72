// Source: DolphinSui/dolphin — packages/server/db/prisma.ts at c55d764 (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: beside the Prisma client the module opens a raw pg Pool "for LISTEN/NOTIFY" and checks a client out in `.then`; the client only gets a notification handler, its `LISTEN` is neither awaited nor caught, it is not kept or exported (only the pool is), and nothing ever releases it (the same reading as unaplauso/api's listener)
import { PrismaClient } from "@prisma/client";
import { Pool } from "pg";
import type { PoolClient } from "pg";

const globalForPrisma = global as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? new PrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

const pgPool = new Pool({ connectionString: process.env.DATABASE_URL });

pgPool.connect().then((client: PoolClient) => {
  console.log("listening for new_user notifications");
  client.query("LISTEN new_user");

  client.on("notification", (msg) => {
    console.log("NOTIFY received:", msg.payload);
  });
});

export { pgPool };
