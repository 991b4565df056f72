// Source: supabase/pg-toolbelt — packages/pg-delta/src/frontends/load-sql-files.ts (loadSqlFiles), reduced by hand, not copied
// Label: safe
// Why: the session is given back by a local async closure (its reset swallowed with .catch, then release) that the finally calls; every throw in the try passes it
import type { Pool, PoolClient } from "pg";

export async function loadSqlFiles(shadow: Pool, files: { name: string; sql: string }[]) {
  const client: PoolClient = await shadow.connect();
  let clientOpen = true;
  const releaseClient = async (discard = false) => {
    if (!clientOpen) return;
    clientOpen = false;
    await client.query("RESET ROLE").catch(() => {});
    if (discard) {
      client.release(new Error("discard poisoned shadow-load session"));
    } else {
      client.release();
    }
  };
  const applyPreamble = async (c: PoolClient) => {
    await c.query("SET check_function_bodies = off");
  };
  try {
    await applyPreamble(client);
    let pending = files;
    while (pending.length > 0) {
      const failed: typeof files = [];
      for (const file of pending) {
        try {
          await client.query(file.sql);
        } catch {
          failed.push(file);
        }
      }
      if (failed.length === pending.length) {
        await releaseClient(true);
        throw new Error(`stuck on ${failed[0]!.name}`);
      }
      pending = failed;
    }
  } finally {
    await releaseClient();
  }
}
