// Source: fieldyang/relaen — core/dialect/postgres/postgresprovider.ts (PostgresProvider.getConnection), reduced by hand, not copied
// Label: hand-over
// Why: the ORM's provider returns the pool checkout to its Connection wrapper, whose closeConnection releases it
export class PostgresProvider {
  private dbMdl: any;
  private options: any;
  private pool: any;

  constructor(cfg: { pool?: { max?: number }; options: any }) {
    this.dbMdl = require("pg");
    this.options = cfg.options;
    if (cfg.pool) {
      this.pool = new this.dbMdl.Pool(this.options);
    }
  }

  public async getConnection(): Promise<any> {
    if (this.pool) {
      let conn = await this.pool.connect();
      return conn;
    }
    return this.openStandaloneClient();
  }

  // The original opens and connects a standalone pg.Client here (no pool configured); left out so the case has one connect().
  private declare openStandaloneClient: () => Promise<any>;

  public async closeConnection(connection: { conn: any }) {
    if (this.pool) {
      await connection.conn.release();
    } else {
      await connection.conn.end();
    }
    return null;
  }
}
