// Source: bmorganpa/DogWasteWatcher — nextapp/apollo/context.ts at c19d3e8 (createContext), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Apollo context factory awaits `auth0.getSession(req)` between its checkout (through a dynamically imported pool module) and the return that hands the client to the request context, outside any try; a rejected session read leaves the checkout with no owner (cleanupContext, run by the API route's willSendResponse plugin and by withApollo's finally, only sees contexts that were returned)
import { IncomingMessage } from "http";
import { auth0 } from "../lib/auth0";

type AppContext = Readonly<{ claims: unknown; db: any; user?: unknown }>;

export const createContext = async ({ req }: Readonly<{ req: IncomingMessage }>): Promise<AppContext> => {
  const { pool } = await import("./pool");
  const db = await pool.connect();

  const session = await auth0.getSession(req);
  const user = session?.user;
  const claims = user?.["https://example.test/claims"];
  return { db, user, claims };
};

export const cleanupContext = (context: AppContext) => {
  context.db.release();
};
