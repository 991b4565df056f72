// Source: affanmomin/ticketing-be — src/controllers/__tests__/auth.controller.test.ts at eb9a99f (before/after hooks), reduced by hand, not copied
// Label: hand-over
// Why: node:test's `before` hook keeps its checkout in the suite's `tx` variable and the matching `after` hook releases it (the tests themselves never use it)
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import supertest from "supertest";
import server from "../../server";
import { pool } from "../../db/pool";

const request = supertest(server.server);

describe("Auth Controller - Integration Tests", () => {
  let serverReady = false;
  let tx: any;

  before(async () => {
    if (!serverReady) {
      await server.ready();
      serverReady = true;
    }
    tx = await pool.connect();
  });

  after(async () => {
    if (tx) {
      tx.release();
    }
  });

  test("POST /auth/signup creates organization and admin user", async () => {
    const unique = Date.now() + Math.random();
    const response = await request.post("/auth/signup").send({
      organizationName: `Test Org ${unique}`,
      fullName: "Test Admin",
      email: `signup-test-${unique}@example.com`,
      password: "SecurePass123!",
    });
    assert.equal(response.status, 200);
    assert.ok(response.body.accessToken);
  });
});
