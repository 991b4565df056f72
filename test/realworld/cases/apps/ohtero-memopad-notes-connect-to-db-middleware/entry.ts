// Source: ohtero/memopad-notes — backend/src/middleware/connectToDb.ts (connectToDb), reduced by hand, not copied
// Label: hand-over
// Why: the middleware stores the checkout on `req.dbClient` and calls next(); every list controller releases it in its finally
import { NextFunction, Request, Response } from "express";
import { pool } from ".";

export async function connectToDb(req: Request, res: Response, next: NextFunction) {
  try {
    const client = await pool.connect();
    req.dbClient = client;
    next();
  } catch (err) {
    console.error("Failed db connection:", err);
    res.status(500).json("Could not connect to database.");
    return;
  }
}
