// Source: luisandia/typescript-examples — react-native-travel-app-ts/travelApp/travel-api/src/pubSub.ts (module scope), reduced by hand, not copied
// Label: safe
// Why: a dedicated pg Client connected once at module load (the connect promise not awaited) and handed to graphql-postgres-subscriptions' PostgresPubSub, the GraphQL subscriptions' LISTEN connection for the server's life; no pool checkout, nothing owed back
import { PostgresPubSub } from "graphql-postgres-subscriptions";
import { Client } from "pg";

const DATABASE_URL = process.env.DATABASE_URL || "postgres";

const client = new Client({
  connectionString: DATABASE_URL,
  ssl: process.env.DATABASE_URL ? true : false,
});

client.connect();

const pubSub = new PostgresPubSub({ client });

export default pubSub;
