// Source: Luckynotrich/ur-backend — routes/db/prefs-db.js (updatePrefs), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the INSERTs started inside `.map` are never awaited and `release()` follows at once, so the client goes back to the pool with them still queued and their errors unhandled (a failed SELECT rejects the async callback, which crashes the process under Node's defaults, as a throw in a node-style callback does)
const db = require("./fs_pool.js");

const pool = db.getPool();

const updatePrefs = async (category) => {
  pool.connect(async (err, client, release) => {
    if (err) {
      return console.error("Error acquiring client", err.stack);
    }
    const results = await client.query({ rowMode: "array", text: "SELECT pref, procon, id FROM preference WHERE cat_id=$1;" }, [category.id]);
    const oldPrefs = results.rows.map((row) => ({ pref: row[0], procon: row[1] }));
    const writePrefs = category.prefs.filter((p) => !oldPrefs.some((o) => o.pref === p.pref));
    writePrefs.map((pc) => {
      client.query("INSERT INTO preference(cat_id,pref,procon) VALUES($1,$2,$3)", [category.id, pc.pref, pc.procon]);
    });
    release();
  });
};

module.exports = { updatePrefs };
