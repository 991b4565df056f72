// Source: sqorn/sqorn — packages/sqorn-adapter-pg/src/index.js (transactionCallback), reduced by hand, not copied
// Label: safe
// Why: the pool is a destructured parameter of the adapter factory; begin, the callback and commit are in try, rollback-and-rethrow in catch, release in finally
module.exports = ({ pg, pool }) => {
  if (!pool) return undefined;
  if (!pg) throw Error('Sqorn missing argument "pg"');
  return {
    transactionCallback: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await fn(client);
        await client.query("commit");
        return result;
      } catch (e) {
        await client.query("rollback");
        throw e;
      } finally {
        client.release();
      }
    },
  };
};
