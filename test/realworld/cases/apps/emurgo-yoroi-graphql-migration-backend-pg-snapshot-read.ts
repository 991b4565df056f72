// Source: Emurgo/yoroi-graphql-migration-backend — src/utils/index.ts at da976e7 (pgSnapshotRead, behind pgSnapshotReadWrapper), reduced by hand, not copied
// Label: leak
// Why: the snapshot-read helper of the GraphQL-migration back-end runs BEGIN and the handler in the try, but its finally awaits ROLLBACK before `client.release()`; a ROLLBACK that rejects (a broken connection, a server-side timeout) skips the release and the route's client stays checked out
import type { NextFunction, Request, Response } from "express";
import type { ClientBase, Pool } from "pg";

type Handler = (req: Request, res: Response, next: NextFunction) => Promise<void> | void;

async function pgSnapshotRead<T>(pool: Pool, cb: (client: ClientBase) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    return await cb(client);
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}

export const pgSnapshotReadWrapper =
  (handlerFactory: (pool: ClientBase) => Handler) =>
  (pool: Pool): Handler =>
  async (req: Request, res: Response, next: NextFunction) => {
    pgSnapshotRead(pool, async (client) => handlerFactory(client)(req, res, next));
  };
