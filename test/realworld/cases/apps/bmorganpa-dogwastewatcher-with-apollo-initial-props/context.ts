import { IncomingMessage } from "http";
import { auth0 } from "../lib/auth0";

export const createContext = async ({ req }: { req: IncomingMessage }) => {
  const { pool } = await import("./pool");
  const db = await pool.connect();
  const session = await auth0.getSession(req);
  return { db, user: session?.user };
};

export const cleanupContext = (context: { db: any }) => {
  context.db.release();
};
