// Source: Ajaya-Nandiyawar/Dis.stress — distress-signal-network/backend/test-cp1.js at f70f09b2 (runTests), reduced by hand, not copied
// Label: safe
// Why: a distress-alert back end's (Telegram alerts) checkpoint script names a dedicated `new Client(…)` from pg `pool` and connects it once for its assertions; no pool, no checkout — the script ends with process.exit
const axios = require("axios");
const { Client } = require("pg");

async function runTests() {
  let failed = 0;
  const assert = (cond, msg) => {
    if (!cond) {
      console.error(`FAIL: ${msg}`);
      failed++;
    }
  };

  const pool = new Client({ connectionString: process.env.DATABASE_URL });
  await pool.connect();

  const sosRes = await axios.post("http://localhost:3001/api/sos", { lat: 10, lng: 20, message: "Test", source: "manual" });
  const dbReq = await pool.query(`SELECT severity FROM sos_reports WHERE id = $1`, [sosRes.data.id]);
  assert(dbReq.rows[0].severity === null, "POST /api/sos stores severity NULL");

  console.log(`${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

runTests().catch((e) => {
  console.error("Test crashed:", e.message);
  process.exit(1);
});
