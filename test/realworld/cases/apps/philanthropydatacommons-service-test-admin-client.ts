// Source: PhilanthropyDataCommons/service — src/test/harnessFunctions.ts (initializeWorker, closeAdminClient), reduced by hand, not copied
// Label: hand-over
// Why: each jest worker's admin pg Client (no pool) connects into a module variable that the database setup and teardown use; closeAdminClient() ends it after the worker's tests
import type { Client } from "pg";
import { closeDatabase, createAndSetDatabase } from "../database";
import { createTestAdminClient, getWorkerDatabaseName, GOLD_DATABASE_NAME } from "./testDatabase";

let adminClient: Client | null = null;

const initializeWorker = async (): Promise<void> => {
  adminClient = createTestAdminClient();
  await adminClient.connect();
};

const createWorkerDatabase = async (): Promise<void> => {
  if (adminClient === null) {
    throw new Error("Admin client not initialized. Call initializeWorker first.");
  }
  const workerDbName = getWorkerDatabaseName();
  await adminClient.query(`DROP DATABASE IF EXISTS ${workerDbName}`);
  await adminClient.query(`CREATE DATABASE ${workerDbName} TEMPLATE ${GOLD_DATABASE_NAME}`);
  createAndSetDatabase(workerDbName);
};

const destroyWorkerDatabase = async (): Promise<void> => {
  if (adminClient === null) {
    throw new Error("Admin client not initialized. Call initializeWorker first.");
  }
  await closeDatabase();
  await adminClient.query(`DROP DATABASE IF EXISTS ${getWorkerDatabaseName()}`);
};

const closeAdminClient = async (): Promise<void> => {
  const client = adminClient;
  if (client !== null) {
    adminClient = null;
    await client.end();
  }
};

export { closeAdminClient, createWorkerDatabase, destroyWorkerDatabase, initializeWorker };
