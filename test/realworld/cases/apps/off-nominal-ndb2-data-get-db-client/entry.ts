// Source: Off-Nominal/ndb2 — app/src/data/db/getDbClient.ts (getDbClient), reduced by hand, not copied
// Label: hand-over
// Why: the route gets the client back from this helper (the `.then` handler returns it), and the helper has already tied its release to the response's `finish` event
import type { Response } from "express";
import pool from "./index";

export const getDbClient = async (res: Response) =>
  pool.connect().then((client) => {
    res.on("finish", () => {
      client.release();
    });
    return client;
  });
