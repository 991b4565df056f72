import { db as server } from "decentraland-server";

const pg = server.clients.postgres;

export const db: typeof pg = Object.create(pg);

db.connect = async () => {
  const connectionString = process.env.CONNECTION_STRING;
  if (!connectionString) throw new Error("The DB parameters must be set");
  return pg.connect(connectionString);
};
