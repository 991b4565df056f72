// Source: dimatteoCarlos/pern_fintrack — backend/src/controllers/authController.js at c493624 (signInUser, "fix(auth): correct transaction handling and connection management … prevent connection leaks"), reduced by hand, not copied
// Label: safe
// Why: BEGIN and every early `return next(…)` sit inside the try, and the finally releases on each of them (the early returns leave the transaction open on the released client, but the client goes back)
import { pool } from "../db/config/configDB.js";
import { createError } from "../utils/errorHandling.js";
import { isRight, createToken } from "../utils/authUtils/authFn.js";

export const signInUser = async (req, res, next) => {
  const client = await pool.connect();
  const { username, email } = req.body;

  try {
    await client.query("BEGIN");
    if (!(username && email && req.body.password)) {
      return next(createError(400, "username, email and password, are required"));
    }
    const users = await client
      .query({ text: "SELECT * FROM users WHERE username = $1 OR email = $2", values: [username, email] })
      .then((result) => result.rows);
    if (!users[0]) {
      return next(createError(404, "User does not exist. Try sign up."));
    }
    const user = users[0];
    if (!(await isRight(req.body.password, user.password_hashed))) {
      return next(createError(401, "Invalid password"));
    }
    const accessToken = createToken(user.user_id, user.user_role_name);
    await client.query("INSERT INTO refresh_tokens (user_id, user_agent) VALUES ($1, $2)", [
      user.user_id,
      req.headers["user-agent"],
    ]);
    res.status(200).json({ message: "Login successful", accessToken });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    next(createError(500, error.message || "internal sign-in user error"));
  } finally {
    client.release();
  }
};
