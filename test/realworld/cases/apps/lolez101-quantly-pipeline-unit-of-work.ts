// Source: LOLEZ101/Quantly — src/database/postgres-unit-of-work.ts at 69cbb05 (createPostgresUnitOfWork), reduced by hand, not copied
// Label: leak
// Why: the EDGAR pipeline's unit of work hands its client to the caller with a release function, but first awaits ensurePipelineRunRecord on it; when that insert rejects, the client is neither returned nor released
import type { Pool, PoolClient } from "pg";
import { PgCompaniesRepository, PgFinancialFactsRepository } from "./repositories.js";

async function ensurePipelineRunRecord(client: PoolClient, processingRunKey: string, phase: string): Promise<void> {
  await client.query(
    "INSERT INTO pipeline_runs (run_key, phase) VALUES ($1, $2) ON CONFLICT (run_key) DO NOTHING",
    [processingRunKey, phase],
  );
}

export async function createPostgresUnitOfWork(
  pool: Pool,
  processingRunKey: string,
): Promise<{ uow: unknown; client: PoolClient; release: () => void }> {
  const client = await pool.connect();
  client.on("error", (err) => {
    console.error(`[pg] unit-of-work client error: ${err.message}`);
  });
  await ensurePipelineRunRecord(client, processingRunKey, "phase3.6");
  const uow = {
    companies: new PgCompaniesRepository(client),
    financialFacts: new PgFinancialFactsRepository(client, processingRunKey),
  };
  return {
    uow,
    client,
    release: () => client.release(),
  };
}
