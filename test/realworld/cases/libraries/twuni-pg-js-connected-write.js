// Source: twuni/pg.js — src/connected/index.js (Connected's write), reduced by hand, not copied
// Label: safe
// Why: the pool is the state's `psql` parameter; write checks a client out, runs BEGIN, the caller's transact and COMMIT inside the try, rolls back in the catch and releases in the finally
import Disconnected from "../disconnected";

const Connected = function Connected(psql) {
  this.disconnect = async () => {
    await psql.end();
    return new Disconnected();
  };

  this.read = async (statement, parameters = []) => {
    const { rows } = await psql.query(statement, parameters);
    return rows;
  };

  this.write = async (transact) => {
    const client = await psql.connect();
    try {
      await client.query("BEGIN");
      const returnValue = await transact(async (statement, parameters = []) => {
        const { rows } = await client.query(statement, parameters);
        return rows;
      });
      await client.query("COMMIT");
      return returnValue;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };

  return this;
};

export default Connected;
