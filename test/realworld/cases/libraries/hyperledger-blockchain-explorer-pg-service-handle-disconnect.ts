// Source: hyperledger/blockchain-explorer — app/persistence/postgreSQL/PgService.ts at 6b50b8f (PgService.handleDisconnect), reduced by hand, not copied
// Label: safe
// Why: beside the Sequelize user model, the service connects one dedicated `new Client(…)` kept in its `client` field and ended by closeconnection(); no pool is involved, so there is no checkout to release
import { Client } from "pg";
import { Sequelize } from "sequelize";

export class PgService {
  pgconfig: any;
  userModel: any;
  client: Client;

  constructor(pgconfig: any) {
    this.pgconfig = pgconfig;
    this.client = new Client(this.pgconfig);
  }

  getUserModel(attributes: any, options: any) {
    const sequelize = new Sequelize(`postgres://${this.pgconfig.user}@${this.pgconfig.host}/${this.pgconfig.database}`, { logging: false });
    this.userModel = sequelize.define("users", attributes, options);
    return this.userModel;
  }

  async handleDisconnect() {
    try {
      this.client.on("error", (err: NodeJS.ErrnoException) => {
        if (err.code === "PROTOCOL_CONNECTION_LOST") {
          this.handleDisconnect();
        } else {
          throw err;
        }
      });
      await this.client.connect();
    } catch (err) {
      if (err) {
        setTimeout(this.handleDisconnect, 2000);
      }
    }
  }

  closeconnection() {
    this.client.end();
  }
}
