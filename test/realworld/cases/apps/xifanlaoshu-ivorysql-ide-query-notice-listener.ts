// Source: xifanlaoshu/ivorysql-ide — src/db/connectionManager.ts (IvoryDbManager.query), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only the client's own EventEmitter methods run (removeAllListeners, on('notice', …)), which do not throw; every query after them is inside the try whose finally releases the client
import { Pool } from "pg";
import * as vscode from "vscode";

export class IvoryDbManager {
  private pool: Pool | null = null;
  private channel: vscode.OutputChannel | null = null;

  private output(): vscode.OutputChannel {
    if (!this.channel) this.channel = vscode.window.createOutputChannel("IvorySQL Debug Console");
    return this.channel;
  }

  public async query(sql: string, params?: any[]): Promise<any> {
    if (!this.pool) throw new Error("Not connected to IvorySQL database");
    const client = await this.pool.connect();
    client.removeAllListeners("notice");
    client.on("notice", (msg: any) => {
      const channel = this.output();
      channel.show(true);
      channel.appendLine(msg.message || msg);
    });
    try {
      try {
        await client.query("SET ivorysql.compatible_mode = 'oracle'");
      } catch (e) {}
      try {
        await client.query("CREATE OR REPLACE PACKAGE dbms_output IS PROCEDURE put_line(a IN VARCHAR2); END dbms_output;");
      } catch (e) {}
      const res = await client.query(sql, params);
      return res;
    } catch (err) {
      throw err;
    } finally {
      client.release();
    }
  }
}
