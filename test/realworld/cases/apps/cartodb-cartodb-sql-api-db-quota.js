// Source: CartoDB/CartoDB-SQL-API — lib/api/middlewares/db-quota.js (dbQuotaMiddleware), reduced by hand, not copied
// Label: leak
// Why: `pg` here is a cartodb-psql wrapper whose connect() hands out a pool checkout; when the quota query fails, `return next(err)` skips done()
const PSQL = require("cartodb-psql");

const remainingQuotaQuery = "SELECT _CDB_UserQuotaInBytes() - CDB_UserDataSize(current_schema()) AS remaining_quota";

module.exports = function dbQuota() {
  return function dbQuotaMiddleware(req, res, next) {
    const { userDbParams } = res.locals;
    const pg = new PSQL(userDbParams);
    pg.connect((err, client, done) => {
      if (err) {
        return next(err);
      }
      client.query(remainingQuotaQuery, (err, result) => {
        if (err) {
          return next(err);
        }
        res.locals.dbRemainingQuota = result.rows[0].remaining_quota;
        done();
        next();
      });
    });
  };
};
