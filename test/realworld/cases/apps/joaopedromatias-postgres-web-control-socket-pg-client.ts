// Source: joaopedromatias/postgres-web-control — src/controller/socket/connectClientToDb.ts at 212eafd (connectClientToDbController), reduced by hand, not copied
// Label: safe
// Why: a web SQL console's socket.io handler opens a dedicated `new Client(...)` per socket (no pool) and keeps it on the socket; the disconnect handler ends it, so there is no pool checkout to release
import { Client } from "pg";
import type { Socket } from "socket.io";

export async function connectClientToDbController(this: Socket, parameters: Record<string, string>) {
  try {
    if (this.isConnectedToDb) {
      return this.emit("isConnectedToDb", true);
    }

    const { database, username, password, port } = parameters;

    this.pgClient = new Client({
      database,
      port: Number(port),
      password,
      user: username,
      host: process.env.DB_HOST,
    });

    await this.pgClient.connect();
    this.isConnectedToDb = true;

    this.emit("isConnectedToDb", true);
    console.log(`connected ${this.id} to database`);
  } catch (err) {
    console.log(err);
    this.emit("isConnectedToDb", false);
  }
}

export async function disconnectController(this: Socket) {
  if (this.pgClient) {
    await this.pgClient.end();
  }
}
