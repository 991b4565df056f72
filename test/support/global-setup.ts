// vitest global setup: one PostgreSQL for the whole run, handed to test files as inject("databaseUrl").
import type { TestProject } from "vitest/node";
import { startPostgres, type PostgresHandle } from "./postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let handle: PostgresHandle | undefined;

export async function setup(project: TestProject): Promise<void> {
  handle = await startPostgres();
  project.provide("databaseUrl", handle.url);
}

export async function teardown(): Promise<void> {
  await handle?.dispose();
}
