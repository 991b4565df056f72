// Source: Rokiis1/user_profile — server/models/usersModel.mjs at 13cfc0d (usersModel.createUser), reduced by hand, not copied
// Label: safe
// Why: `let client` checked out inside the try; the duplicate checks throw inside the transaction, the catch rolls back (a TypeError there when the connect itself failed) and rethrows, and the finally releases whenever a client was obtained
import { pool } from "./settings.mjs";

const usersModel = {
  createUser: async (username, email, password) => {
    let client;
    try {
      client = await pool.connect();
      await client.query("BEGIN");
      const taken = await client.query("SELECT id FROM users WHERE email = $1", [email]);
      if (taken.rows.length > 0) {
        throw new Error("Email already exists");
      }
      const userResult = await client.query(
        "INSERT INTO users (username, email) VALUES ($1, $2) RETURNING id, username, email",
        [username, email]
      );
      const user = userResult.rows[0];
      await client.query("INSERT INTO user_secrets (user_id, password) VALUES ($1, $2)", [user.id, password]);
      await client.query("COMMIT");
      return user;
    } catch (error) {
      await client.query("ROLLBACK");
      if (error.code === "ECONNREFUSED") {
        throw new Error("Database connection was refused");
      }
      throw new Error(error.message);
    } finally {
      if (client) {
        client.release();
      }
    }
  },
};

export default usersModel;
