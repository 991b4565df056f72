// Source: Peldo12/POS-Postgresql — src/auth/service.js at 2b41974 (register), reduced by hand, not copied
// Label: safe
// Why: the point-of-sale sign-up hashes the password and runs its transaction inside the try; the catch rolls back and rethrows, the finally awaits `client.release()`
const bcrypt = require("bcrypt");
const crypto = require("crypto");
const pool = require("../config/pool");
const model = require("./model");

async function register(options) {
  const client = await pool.connect();
  try {
    const { username, email, password } = options;
    const hashed = await bcrypt.hash(password, 10);
    await client.query("BEGIN");

    const user = await model.create({ client, username, email, hashed });
    const emailToken = crypto.randomBytes(32).toString("hex");
    await model.createToken({ client, id: user.id, emailToken, type: "EMAIL_VERIFY" });

    await client.query("COMMIT");
    return { id: user.id, username: user.username, emailToken };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.release();
  }
}

module.exports = { register };
