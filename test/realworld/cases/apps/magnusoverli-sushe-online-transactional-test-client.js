// Source: magnusoverli/sushe-online — test/helpers.js (createTransactionalClient), reduced by hand, not copied
// Label: hand-over
// Why: the test helper wraps the checked-out client in an object it returns (its own query and a release that gives the client back); the tests that build one call that release
function createTestDb(pool) {
  const createTransactionalClient = async () => {
    const baseClient = pool.connect ? await pool.connect() : { query: pool.query, release: () => {} };
    return {
      query: async (sql, params) => {
        if (/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(sql)) {
          return { rows: [], rowCount: 0 };
        }
        return baseClient.query(sql, params);
      },
      release: () => baseClient.release(),
    };
  };

  return { createTransactionalClient };
}

module.exports = { createTestDb };
