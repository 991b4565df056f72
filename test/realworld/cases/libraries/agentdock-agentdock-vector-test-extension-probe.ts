// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql-vector/__tests__/adapter-memory-operations.test.ts (beforeAll), reduced by hand, not copied
// Label: safe
// Why: the test hook's extension probe is in a try whose catch only warns and whose finally releases; the outer try around the adapter set-up decides whether the suite is skipped
import { Pool } from "pg";
import { beforeAll } from "vitest";

declare class PostgreSQLVectorAdapter {
  constructor(options: object);
  initialize(): Promise<void>;
}

const TEST_CONFIG = { connectionString: process.env.DATABASE_URL, enableSkipWhenUnavailable: true };
let pool: Pool;
let adapter: PostgreSQLVectorAdapter;

beforeAll(async () => {
  try {
    pool = new Pool({ connectionString: TEST_CONFIG.connectionString });
    adapter = new PostgreSQLVectorAdapter({ connectionString: TEST_CONFIG.connectionString, namespace: "test_pgvector" });
    await adapter.initialize();

    const client = await pool.connect();
    try {
      await client.query("SELECT 1 FROM pg_extension WHERE extname = $1", ["vector"]);
    } catch (error) {
      console.warn("pgvector extension not available - some tests will be skipped");
    } finally {
      client.release();
    }
  } catch (error) {
    if (TEST_CONFIG.enableSkipWhenUnavailable) {
      console.warn("Skipping PostgreSQL Vector tests - database unavailable:", error);
      return;
    }
    throw error;
  }
});
