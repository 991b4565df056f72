// Source: anshnagrath/node-pg — src/dbConfig/pgConnect.ts at e10bc0b (PgConnect.checkConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check takes a callback checkout whose only parameter is the error: on success it flags the server connected and never releases, so one client of the pool stays out for the process's life
import { PgPool } from "./dbConfig/pgPool";

interface IServer {
  isPgConnected: boolean;
}

export class PgConnect {
  static async checkConnection(server: IServer) {
    PgPool.pool.connect(function (err: any) {
      if (err) throw new Error(err);
      console.log("Connected to pg");
      server.isPgConnected = true;
    });
  }
}
