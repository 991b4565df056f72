// Source: chadrick-kwag/pilates — server/resolvers/login_resolvers.js at eba415a (Query.fetch_admin_account_profile), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a GraphQL resolver checks a client out, then returns `invalid token` when the context has no admin account id without releasing it
const { pool } = require("../pgclient");
const { ensure_admin_account_id_in_context } = require("./common");

module.exports = {
  Query: {
    fetch_admin_account_profile: async (parent, args, context) => {
      if (!ensure_admin_account_id_in_context(context)) {
        return { success: false, msg: "invalid token" };
      }

      let pgclient;
      try {
        pgclient = await pool.connect();
      } catch (e) {
        console.log(e);
        return { success: false, msg: "pg pool error" };
      }

      try {
        const admin_account_id = context.account_id;
        if (admin_account_id === undefined) {
          return { success: false, msg: "invalid token" };
        }

        const result = await pgclient.query("select is_core_admin from admin_account where id=$1", [admin_account_id]);
        if (result.rowCount !== 1) {
          throw "no account found";
        }
        pgclient.release();
        return { success: true, is_core: result.rows[0].is_core_admin };
      } catch (e) {
        console.log(e);
        pgclient.release();
        return { success: false, msg: e.detail };
      }
    },
  },
};
