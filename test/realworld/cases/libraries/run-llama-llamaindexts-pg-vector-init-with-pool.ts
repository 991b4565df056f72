// Source: run-llama/LlamaIndexTS — e2e/node/vector-store/pg-vector-store.e2e.ts ("init with pool"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release is registered with `t.after` only after two awaits on the client (CREATE EXTENSION, registerTypes); if either throws, the checkout is never released
import pg from "pg";
import { registerTypes } from "pgvector/pg";
import { test } from "node:test";
import assert from "node:assert";
import { PGVectorStore } from "@llamaindex/postgres";

await test("init with pool", async (t) => {
  const pgClient = new pg.Pool({ database: "llamaindex_node_test" });
  await pgClient.query("CREATE EXTENSION IF NOT EXISTS vector");
  const client = await pgClient.connect();
  await client.query("CREATE EXTENSION IF NOT EXISTS vector");
  await registerTypes(client);
  t.after(async () => {
    client.release();
    await pgClient.end();
  });
  const vectorStore = new PGVectorStore({ shouldConnect: false, client });
  assert.notDeepStrictEqual(await vectorStore.client(), undefined);
});
