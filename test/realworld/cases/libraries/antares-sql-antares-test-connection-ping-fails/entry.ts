// Source: antares-sql/antares — src/main/ipc-handlers/connection.ts (the 'test-connection' IPC handler), reduced by hand, not copied
// Label: safe
// Why: the wrapper's `connect()` makes a whole pg Pool (and SSH tunnel) for the saved connection, not a checkout; a failed ping lands in the catch, which answers the renderer and never destroys it, so the pool's idle connection stays open
import { ipcMain } from "electron";
import { ClientsFactory } from "./libs/ClientsFactory";

export default () => {
  ipcMain.handle("test-connection", async (event, conn: any) => {
    let isLocalAborted = false;
    const abortChecker = setInterval(() => {
      if (conn.aborted) isLocalAborted = true;
    }, 50);

    const params = { host: conn.host, port: +conn.port, user: conn.user, password: conn.password, database: conn.database };

    try {
      const connection = await ClientsFactory.getClient({ uid: conn.uid, client: conn.client, params });

      await connection.connect();
      if (isLocalAborted) {
        connection.destroy();
        return;
      }

      await connection.ping();

      connection.destroy();
      clearInterval(abortChecker);

      return { status: "success" };
    } catch (error: any) {
      clearInterval(abortChecker);
      if (!isLocalAborted) return { status: "error", response: error.toString() };
      else return { status: "abort", response: "Connection aborted" };
    }
  });
};
