// Source: eagrcode/dysfunctnl-proto — _shared/utils/setRlsContext.js (setRlsContext), reduced by hand, not copied
// Label: safe
// Why: only a log line runs before the try; the check that SET LOCAL took effect throws inside the try, whose catch rolls back and whose finally releases
const pool = require("./db");

const escapeLiteral = (str) => "'" + (str ? str.toString().replace(/'/g, "''") : "") + "'";

const setRlsContext = async (userId, queryFn) => {
  console.log("Setting RLS context for user ID:", userId);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL app.current_user_id = ${escapeLiteral(userId)}`);
    const settingResult = await client.query("SELECT current_setting('app.current_user_id')");
    const currentSetting = settingResult.rows[0].current_setting;
    if (currentSetting !== userId) {
      throw new Error(`Failed to set RLS context: expected ${userId}, got ${currentSetting}`);
    }
    const result = await queryFn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
};

module.exports = setRlsContext;
