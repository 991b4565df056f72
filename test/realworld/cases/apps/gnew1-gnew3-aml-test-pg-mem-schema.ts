// Source: gnew1/GNEW3 — apps/aml-service/__tests__/app.test.ts (jest.mock("pg") factory), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the mock factory's fire-and-forget IIFE checks out from the pg-mem pool and releases after two awaited schema queries; a failing query skips the release
import fs from "fs";
import path from "path";
import { newDb } from "pg-mem";

jest.mock("pg", () => {
  const mem = newDb();
  const { Pool } = mem.adapters.createPg();
  const p = new Pool();
  const schema = fs.readFileSync(path.join(__dirname, "../src/db/migrations/001_init.sql"), "utf-8");
  const seed = fs.readFileSync(path.join(__dirname, "../src/db/migrations/002_seed.sql"), "utf-8");
  (async () => {
    const client = await p.connect();
    await client.query(schema.replace(/create extension.*?;/gis, ""));
    await client.query(seed);
    client.release();
  })();
  return { Pool };
});

test("health", async () => {
  const app = require("../src/app").default;
  expect(app).toBeDefined();
});
