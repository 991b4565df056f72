// Source: longk123/Luan-Van-Tot-Nghiep-K47-Cofffee-Shop — backend/test-open-shift.cjs (testOpenShift), reduced by hand, not copied
// Label: safe
// Why: a test script whose inner try/catch blocks swallow the expected constraint errors; the outer catch logs and rethrows, the finally releases and then ends the pool
const { Pool } = require("pg");

const pool = new Pool({ host: process.env.DB_HOST || "localhost", database: process.env.DB_NAME || "coffee_shop" });

async function testOpenShift() {
  const client = await pool.connect();
  try {
    const users = await client.query("SELECT user_id, username FROM users WHERE is_active = true ORDER BY user_id LIMIT 5");
    users.rows.forEach((u) => console.log(`  - ID ${u.user_id}: ${u.username}`));
    if (users.rows.length === 0) {
      await client.query("INSERT INTO users (username, is_active) VALUES ('test_user', true) ON CONFLICT (username) DO NOTHING");
    }

    try {
      const userId = users.rows[0]?.user_id || 1;
      const result = await client.query("INSERT INTO shifts (employee_id, started_at, status) VALUES ($1, NOW(), 'OPEN') RETURNING id", [userId]);
      await client.query("UPDATE shifts SET status = 'CLOSED', closed_at = NOW() WHERE id = $1", [result.rows[0].id]);
    } catch (error) {
      console.log(`Constraint test failed: ${error.message}`);
    }

    console.log("Test finished.");
  } catch (error) {
    console.error("Error:", error.message);
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

testOpenShift();
