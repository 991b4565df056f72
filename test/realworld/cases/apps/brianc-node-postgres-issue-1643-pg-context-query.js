// Source: https://github.com/brianc/node-postgres/issues/1643 (the reporter's commons/pg_context.js, for "remaining connection slots are reserved"), reduced by hand, not copied
// Label: safe
// Why: the context's query helper checks out from the pool it was given and releases in a finally; the slots ran out elsewhere (a pool made per use), not here
module.exports = (db_context) => {
  let context = db_context;

  const api = {
    query: async (sql, params = []) => {
      const client = await context.connect();
      try {
        const res = await client.query(sql, params);
        return res;
      } catch (err) {
        throw new Error(err);
      } finally {
        client.release();
      }
    },
  };

  return api;
};
