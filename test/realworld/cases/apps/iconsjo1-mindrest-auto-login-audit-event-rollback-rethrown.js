// Source: iconsjo1/mindrest-auto — src/Modules/public/User/audit/Create/login.js at 93c2835 (the POST login route; its no-audit twin is the same code), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the login route writes the user's JWT and a LOGIN audit event in a transaction; its finally ROLLBACKs when `begun` and rethrows a failed ROLLBACK before `client.release()`, so the client whose transaction broke is never given back
const jwt = require("jsonwebtoken");

module.exports = (route) => (app) => {
  app.post(route, async (req, res) => {
    let client = null;
    let begun = false;
    const { db, isString, isPositiveInteger, env: { TELLER, EVENT } } = res.locals.utils;
    const { user_columns } = res.locals;

    try {
      const { email, password } = req.body;
      if (!(isString(email) && isString(password)))
        return res.status(400).json({ success: false, msg: "Credentials must be strings." });

      const { rows: signedIn } = await db.query(
        `SELECT ${user_columns}, teller FROM users WHERE LOWER(email) = LOWER($1) AND password = $2`,
        [email, password]
      );
      if (0 === signedIn.length) throw Error("User does not exist.");

      const [{ id: user_id, user_name, teller }] = signedIn;
      const token = jwt.sign({ user_id, user_name }, "secret", { expiresIn: "2d" });

      client = await db.connect();
      await client.query("BEGIN").then(() => (begun = true));

      const tellerValues = [teller, user_id, EVENT.TYPE.LOGIN];
      if (!isPositiveInteger(teller))
        tellerValues[0] = await client.query({ text: TELLER.QUERY, rowMode: "array" }).then(({ rows }) => rows[0][0]);

      const { rows } = await client.query(
        "UPDATE users SET jwt_token = $1, teller = $2 WHERE id = $3 RETURNING " + user_columns,
        [token, tellerValues[0], user_id]
      );
      await client.query(`INSERT INTO story_events(${EVENT.COLUMNS}) SELECT ${EVENT.ENC}`, tellerValues);
      await client.query("COMMIT").then(() => (begun = false));

      res.json(0 < rows.length ? { success: true, data: rows } : { success: false, msg: "no match" });
    } catch ({ message }) {
      res.json({ success: false, message });
    } finally {
      if (null != client) {
        if (true === begun) {
          try {
            await client.query("ROLLBACK");
          } catch ({ message: rmessage }) {
            throw Error(rmessage);
          }
        }
        client.release();
      }
    }
  });
};
