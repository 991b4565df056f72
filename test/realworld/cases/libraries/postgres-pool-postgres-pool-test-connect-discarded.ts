// Source: postgres-pool/postgres-pool — src/index.test.ts ("should pass connectionString to client"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the awaited checkout is thrown away and never released (the test only checks that the client's connect was called)
import { expect, it, vi } from "vitest";
import pg from "pg";
import { Pool } from "postgres-pool";

it("passes connectionString to the client", async () => {
  const connectSpy = vi.spyOn(pg.Client.prototype, "connect").mockResolvedValue(undefined);
  const pool = new Pool({ connectionString: "postgres://foo:bar@baz:1234/xur" });

  await pool.connect();

  expect(connectSpy).toHaveBeenCalledTimes(1);
});
