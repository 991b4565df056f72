// Source: xde-mcp/mastra — stores/pg/src/vector/index.test.ts ("should properly apply ef parameter using transactions"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the spy is built (`vi.fn().mockImplementation(…)`) between connect() and the try, and the release sits in the try, not the finally: a throw there keeps the client
import { it, vi } from "vitest";
import pg from "pg";

const vectorDB = { pool: new pg.Pool(), query: async (_opts: object) => [] };

it("applies ef through the transaction", async () => {
  const client = await vectorDB.pool.connect();
  const seen: string[] = [];
  const originalQuery = client.query;
  const spy = vi.fn().mockImplementation((q, ...args) => {
    if (typeof q === "string") seen.push(q);
    return originalQuery.call(client, q, ...args);
  });
  client.query = spy;
  try {
    client.release();
    await vectorDB.query({ topK: 2, ef: 128 });
  } finally {
    if (client.query === spy) {
      client.query = originalQuery;
    }
    spy.mockRestore();
  }
});
