// Source: chadrick-kwag/pilates — server/resolvers/login_resolvers.js at eba415a (Query.try_login), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the login resolver releases right after reading the password hash, then throws `incorrect password` inside the same try: the catch releases the client a second time (pg throws "Release called on client which has already been released")
const { pool } = require("../pgclient");
const randomstring = require("randomstring");
const bcrypt = require("bcrypt");
const { add_token_for_id, get_account_id_for_token } = require("../tokenCache");

module.exports = {
  Query: {
    try_login: async (parent, args, context) => {
      let pgclient;
      try {
        pgclient = await pool.connect();
      } catch (e) {
        console.log(e);
        return { success: false, msg: "pg pool error" };
      }

      try {
        const result = await pgclient.query(
          "select id, convert_from(password, 'utf8') as password from admin_account where username=$1",
          [args.username]
        );
        if (result.rowCount !== 1) {
          throw { detail: "no user found" };
        }
        pgclient.release();

        const user_id = result.rows[0].id;
        if (!bcrypt.compareSync(args.password, result.rows[0].password)) {
          throw { detail: "incorrect password" };
        }

        let token = randomstring.generate({ length: 10 });
        while (get_account_id_for_token(token) !== null) {
          token = randomstring.generate({ length: 10 });
        }
        add_token_for_id(token, user_id);
        return { success: true, username: args.username, token };
      } catch (e) {
        console.log(e);
        pgclient.release();
        return { success: false, msg: e.detail };
      }
    },
  },
};
