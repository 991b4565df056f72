// Source: hiero-ledger/hiero-mirror-node — rest/utils.js (getPoolClass, Pool.prototype.queryQuietly), reduced by hand, not copied
// Label: safe
// Why: the checkout (taken only when a pre-query hint needs its own transaction) is released in the finally whenever it was taken, after a ROLLBACK in the catch
import pg from 'pg';

class DbError extends Error {}

const logger = {error: (m) => console.error(m)};

export const getPoolClass = () => {
  const {Pool} = pg;
  Pool.prototype.queryQuietly = async function (query, params = [], preQueryHint = undefined) {
    let client;
    let result;

    params = Array.isArray(params) ? params : [params];
    const clientErrorCallback = (error) => {
      logger.error(`error event emitted on pg pool. ${error.stack}`);
    };

    try {
      if (!preQueryHint) {
        result = await this.query(query, params);
      } else {
        client = await this.connect();
        client.on('error', clientErrorCallback);
        await client.query(`begin; ${preQueryHint}`);
        result = await client.query(query, params);
        await client.query('commit');
      }
      return result;
    } catch (err) {
      if (client !== undefined) {
        await client.query('rollback');
      }
      throw new DbError(err.message);
    } finally {
      if (client !== undefined) {
        client.off('error', clientErrorCallback);
        client.release();
      }
    }
  };

  return Pool;
};
