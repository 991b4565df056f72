// Source: constructive-io/constructive — pgpm/core/src/bundle/apply-envelope.ts at f2889634 (applyEnvelope), reduced by hand, not copied
// Label: safe
// Why: the pool comes from `getPgPool` of the workspace package `pg-cache` (postgres/pg-cache, named by its package name); every data and fixture part's deploy and verify, the per-part ROLLBACK-and-throw and the COMMIT run in a `try` whose `finally` releases
import { getPgPool, type PgConfig } from "pg-cache";

interface EnvelopeScriptPart { name: string; deploy: string; verify: string | null }
interface Envelope { name: string; version: string; data: EnvelopeScriptPart[]; fixtures: EnvelopeScriptPart[] }
interface EnvelopePartResult { kind: "data" | "fixtures"; name: string; executed: boolean; durationMs: number; verified?: boolean }

export class EnvelopeApplyError extends Error {
  constructor(message: string, readonly parts: EnvelopePartResult[]) {
    super(message);
  }
}

declare function applyBundle(schema: unknown, options: unknown): Promise<unknown>;

export async function applyEnvelope(envelope: Envelope & { schema: unknown }, options: { config: PgConfig; verifyParts?: boolean; transformPartSql?: (sql: string) => string }) {
  const schema = await applyBundle(envelope.schema, options);
  const transform = options.transformPartSql ?? ((sql: string) => sql);
  const orderedParts = [
    ...envelope.data.map((part) => ({ kind: "data" as const, name: part.name, part })),
    ...envelope.fixtures.map((part) => ({ kind: "fixtures" as const, name: part.name, part })),
  ];

  const parts: EnvelopePartResult[] = [];
  if (orderedParts.length > 0) {
    const pool = getPgPool(options.config);
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      for (const { kind, name, part } of orderedParts) {
        const partStarted = Date.now();
        try {
          await client.query(transform(part.deploy));
          const result: EnvelopePartResult = { kind, name, executed: true, durationMs: Date.now() - partStarted };
          if (options.verifyParts && part.verify !== null) {
            await client.query(transform(part.verify));
            result.verified = true;
          }
          parts.push(result);
        } catch (e) {
          await client.query("ROLLBACK");
          throw new EnvelopeApplyError(`Part ${kind}/${name} of envelope "${envelope.name}@${envelope.version}" failed: ${e instanceof Error ? e.message : String(e)}`, parts);
        }
      }
      await client.query("COMMIT");
    } finally {
      client.release();
    }
  }

  return { dryRun: false, executed: true, schema, parts };
}
