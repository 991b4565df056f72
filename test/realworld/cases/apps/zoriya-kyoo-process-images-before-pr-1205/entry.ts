// Source: zoriya/Kyoo — api/src/controllers/seed/images.ts at fc7deb8e^ (processImages, before PR #1205 "Fix pg pool starvation"; api/src/index.ts started it ten times and dropped the releasers it returns), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the LISTEN client is checked out of drizzle's pg Pool (`db.$client`) and only given back through the closure returned at the end; `await client.query("listen …")` and `await processAll()` (whose transactions can reject) come first, so a rejection leaves it checked out for good
import type { PoolClient } from "pg";
import { db } from "./db";

const record = <T extends (...args: any[]) => any>(_name: string, fn: T): T => fn;

const processOne = record("download", async (): Promise<boolean> => {
  return await db.transaction(async (tx) => {
    const rows = await tx.execute("select id from mqueue where kind = 'image' limit 1 for update skip locked");
    return rows.rows.length > 0;
  });
});

export const processImages = record("processImages", async () => {
  let running = false;
  async function processAll() {
    if (running) return;
    running = true;
    let found = true;
    while (found) {
      found = await processOne();
    }
    running = false;
  }

  const client = (await db.$client.connect()) as PoolClient;
  client.on("notification", (evt) => {
    if (evt.channel !== "kyoo_image") return;
    processAll();
  });
  await client.query("listen kyoo_image");

  await processAll();
  return () => client.release(true);
});

for (let i = 0; i < 10; i++) {
  processImages();
}
