// Source: sqorn/sqorn — packages/sqorn-adapter-pg/src/index.js (transactionObject), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the awaited `begin` runs before the client is handed over inside the returned object (whose commit/rollback release it); a failed begin leaks it
module.exports = ({ pg, pool }) => {
  if (!pool) return undefined;
  if (!pg) throw Error('Sqorn missing argument "pg"');
  return {
    end: () => pool.end(),
    transactionObject: async () => {
      const client = await pool.connect();
      await client.query("begin");
      return {
        query: client.query.bind(client),
        commit: async () => {
          try {
            await client.query("commit");
          } finally {
            client.release();
          }
        },
        rollback: async () => {
          try {
            await client.query("rollback");
          } finally {
            client.release();
          }
        },
      };
    },
  };
};
