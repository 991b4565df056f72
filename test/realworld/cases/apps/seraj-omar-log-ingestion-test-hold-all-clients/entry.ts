// Source: Seraj-Omar/log-ingestion — tests/contract/api-contract.integration.test.ts at 300bd70 ("returns the documented overload response…"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test checks out every client of the pool at once with `Promise.all(Array.from({ length: max }, () => pool.connect()))`; if one checkout fails, Promise.all rejects before the try and the clients that did connect are never released
import { describe, expect, it, vi } from "vitest";
import { buildApp } from "./app.js";
import { pool } from "./pool.js";

describe("ingestion contract", () => {
  it("returns the documented overload response without acknowledging a batch", async () => {
    const app = buildApp({ maxInFlightIngestions: 1 });
    await app.ready();
    const heldClients = await Promise.all(
      Array.from({ length: pool.options.max }, () => pool.connect()),
    );
    let heldClientsReleased = false;

    try {
      const activeRequest = app.inject({ method: "POST", url: "/logs", payload: { logs: [{ message: "blocked" }] } });
      await vi.waitFor(() => {
        expect(pool.waitingCount).toBeGreaterThan(0);
      });
      const overloaded = await app.inject({ method: "POST", url: "/logs", payload: { logs: [{ message: "rejected" }] } });
      expect(overloaded.statusCode).toBe(503);

      for (const client of heldClients) {
        client.release();
      }
      heldClientsReleased = true;
      expect((await activeRequest).statusCode).toBe(200);
    } finally {
      if (!heldClientsReleased) {
        for (const client of heldClients) {
          client.release();
        }
      }
      await app.close();
    }
  });
});
