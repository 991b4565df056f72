// Source: ljlm0402/typescript-express-starter — lib/node-postgres/src/database/index.ts at 572dfd9 (module scope of the `node-postgres` template the CLI copies into a new project), reduced by hand, not copied
// Label: hand-over
// Why: what the generator gives every project made with its node-postgres template: one dedicated pg Client, connected at load without waiting, exported as the database every service queries for the life of the process (its failed connect is an unhandled rejection, but nothing is checked out of a pool and the client is kept on purpose)
import { Client } from "pg";

const { POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_HOST, POSTGRES_PORT, POSTGRES_DB } = process.env;

export const client = new Client({
  connectionString: `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@${POSTGRES_HOST}:${POSTGRES_PORT}/${POSTGRES_DB}`,
});

client.connect();

export default client;
