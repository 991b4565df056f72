// Source: xifanlaoshu/ivorysql-ide — src/db/connectionManager.ts (IvoryDbManager.connect), reduced by hand, not copied
// Label: safe
// Why: an editor extension connects to a database the user names: the old pool is ended, a new one is put in this.pool, and the probe client that sets the Oracle compatibility mode is released in finally
import { Pool } from "pg";
import * as vscode from "vscode";

export interface DbConfig {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
}

export class IvoryDbManager {
  private pool: Pool | null = null;
  private currentConfig: DbConfig | null = null;

  public async connect(config: DbConfig): Promise<boolean> {
    try {
      if (this.pool) await this.pool.end();
      this.pool = new Pool({ host: config.host, port: config.port, database: config.database, user: config.user, password: config.password, connectionTimeoutMillis: 5000 });
      const client = await this.pool.connect();
      try {
        await client.query("SET ivorysql.compatible_mode = 'oracle'");
      } catch (dialectErr) {
        console.warn("Set Oracle dialect query failed:", dialectErr);
      } finally {
        client.release();
      }
      this.currentConfig = config;
      vscode.window.showInformationMessage(`Connected (${config.host}:${config.port}/${config.database})`);
      return true;
    } catch (err: any) {
      vscode.window.showErrorMessage(`Connection Error: ${err.message}`);
      this.pool = null;
      return false;
    }
  }
}
