// Source: constructive-io/constructive — pgpm/core/src/bundle/deploy-bundled.ts at f2889634 (deployBundled), reduced by hand, not copied
// Label: safe
// Why: the pool comes from `getPgPool` of the workspace package `pg-cache`; between the checkout and the `try` only `options.useTransaction ?? true` is read, and the bundled deploy SQL, the ledger inserts, COMMIT and the ROLLBACK (its own failure swallowed) run in a `try` whose `finally` releases
import { getPgPool, type PgConfig } from "pg-cache";

interface BundleChange { name: string; deploy: boolean; exec?: { sql: string }; dependencies: string[] }
interface Bundle { manifest: { name: string }; changes: BundleChange[] }

export class BundledDeployConflictError extends Error {
  constructor(packageName: string, change: string) {
    super(`${packageName}: change ${change} was deployed with a different script`);
  }
}

declare function ledgerHashForChange(change: BundleChange): string;

export async function deployBundled(bundle: Bundle, options: { config: PgConfig; useTransaction?: boolean; logOnly?: boolean }) {
  const executable = bundle.changes.filter((change) => change.deploy);
  if (executable.length === 0 || executable.some((change) => !change.exec)) {
    return "no-executable-sql";
  }
  const packageName = bundle.manifest.name;

  const pool = getPgPool(options.config);
  const existing = await pool.query<{ change_name: string; script_hash: string }>(
    "SELECT change_name, script_hash FROM pgpm_migrate.changes WHERE package = $1",
    [packageName],
  );
  const deployedHashes = new Map(existing.rows.map((row) => [row.change_name, row.script_hash]));

  const pending: BundleChange[] = [];
  const skipped: string[] = [];
  for (const change of executable) {
    const recorded = deployedHashes.get(change.name);
    if (recorded === undefined) {
      pending.push(change);
      continue;
    }
    if (recorded !== ledgerHashForChange(change)) {
      throw new BundledDeployConflictError(packageName, change.name);
    }
    skipped.push(change.name);
  }
  if (pending.length === 0) {
    return { name: packageName, deployed: [], skipped };
  }

  const changeNames = pending.map((change) => change.name);
  const hashes = pending.map((change) => ledgerHashForChange(change));
  const deploySql = pending.map((change) => change.exec!.sql).join("\n");

  const client = await pool.connect();
  const useTransaction = options.useTransaction ?? true;
  try {
    if (useTransaction) await client.query("BEGIN");
    if (!options.logOnly) {
      await client.query(deploySql);
    }
    await client.query("INSERT INTO pgpm_migrate.packages (package) VALUES ($1) ON CONFLICT (package) DO NOTHING", [packageName]);
    await client.query(
      "INSERT INTO pgpm_migrate.changes (change_name, package, script_hash) SELECT change_name, $1, script_hash FROM unnest($2::text[], $3::text[]) AS t(change_name, script_hash) ON CONFLICT DO NOTHING",
      [packageName, changeNames, hashes],
    );
    if (useTransaction) await client.query("COMMIT");
  } catch (error) {
    if (useTransaction) {
      try {
        await client.query("ROLLBACK");
      } catch {
        // the connection is already unusable; surface the original error
      }
    }
    throw error;
  } finally {
    client.release();
  }

  return { name: packageName, deployed: changeNames, skipped };
}
