// Source: supermacro/pg-pubsub — src/db/helpers.ts (createConnection), reduced by hand, not copied
// Label: safe
// Why: waits for the database container, connects a standalone `pg.Client` and returns it to the caller that listens on it; no pool checkout
import { Client, type ClientBase } from "pg";

declare const POSTGRES_USER: string;
declare const POSTGRES_PASSWORD: string;
declare const POSTGRES_DB: string;

const sleep5Seconds = () => new Promise((resolve) => setTimeout(resolve, 5000));

export const createConnection = async (): Promise<ClientBase> => {
  const dbConnection = new Client(`postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db/${POSTGRES_DB}`);

  await sleep5Seconds();
  await dbConnection.connect();

  return dbConnection;
};
