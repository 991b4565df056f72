// Source: Off-Nominal/ndb2 — app/src/api/v1/middleware/getDbClient.ts (getDbClient), reduced by hand, not copied
// Label: hand-over
// Why: promise style: the client goes onto `req.dbClient` and a `finish` listener on the response releases it
import pool from "@data/db";
import { RequestHandler } from "express";

export const getDbClient: RequestHandler = (req, res, next) => {
  pool
    .connect()
    .then((client) => {
      req.dbClient = client;
      if (!req.dbClient) {
        throw new Error();
      }
      res.on("finish", () => {
        req.dbClient && req.dbClient.release();
      });
      next();
    })
    .catch(() => {
      return res.status(500).json({ error: "Unable to make database connection, request aborted." });
    });
};
