// Source: atadsp/dungeoneerer — server/database/database.class.ts at ffb6e28 (Database.query), reduced by hand, not copied
// Label: safe
// Why: `pool.connect().then(async (client) => …)`: the query and the release are in try, the catch releases before rethrowing
import * as pg from "pg";

const pool = new pg.Pool();

class Database {
  public async query(text: string, params: any[]): Promise<any> {
    return await pool
      .connect()
      .then(async (client) => {
        try {
          const res = await client.query(text, params);
          client.release();
          return res.rows;
        } catch (err) {
          client.release();
          console.log(err.stack);
          throw err;
        }
      })
      .catch((e) => {
        throw e;
      });
  }
}

export default new Database();
