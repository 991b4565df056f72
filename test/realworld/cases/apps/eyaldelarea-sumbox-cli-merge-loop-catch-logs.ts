// Source: EyalDelarea/Sumbox — src/cli.ts (dedupe-groups command, --apply), reduced by hand, not copied
// Label: safe
// Why: one checkout per candidate inside the CLI's loop; the catch only rolls back (its rejection swallowed) and logs, and the finally releases before the next candidate
import { Command } from "commander";
import { pool } from "./db/pool.js";
import { mergeGroups } from "./db/merge.js";

export function registerDedupe(program: Command): void {
  program.command("dedupe-groups").option("--apply").action(async (options: { apply?: boolean }) => {
    const { rows: candidates } = await pool.query<{ survivorId: string; dupId: string; name: string }>("SELECT * FROM duplicate_groups");
    if (!options.apply) {
      console.table(candidates);
      return;
    }
    let ok = 0;
    for (const c of candidates) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await mergeGroups(client, { survivorId: c.survivorId, dupId: c.dupId });
        await client.query("COMMIT");
        ok++;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        console.error(`  x "${c.name}": ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        client.release();
      }
    }
    console.log(`merged ${ok}/${candidates.length}`);
    await pool.end();
  });
}
