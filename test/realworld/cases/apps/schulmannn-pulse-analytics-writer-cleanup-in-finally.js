// Source: schulmannn/pulse-analytics — server/services/gdprService.js (streamUserExport), reduced by hand, not copied
// Label: safe
// Why: the finally calls the writer's `cleanup()` before `client.release()`; the file shows cleanup only removes the response's listeners (`res.off`), which cannot throw, so the release always runs
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

function createWriter(res) {
  let closed = false;
  const onClose = () => {
    closed = true;
  };
  const onDrain = () => {};
  res.on("close", onClose);
  res.on("error", onClose);
  res.on("drain", onDrain);
  return {
    get closed() {
      return closed;
    },
    write(chunk) {
      return res.write(chunk);
    },
    cleanup() {
      res.off("close", onClose);
      res.off("error", onClose);
      res.off("drain", onDrain);
    },
  };
}

async function streamUserExport(uid, res) {
  const client = await pool.connect();
  const w = createWriter(res);
  try {
    const account = (await client.query("SELECT id, email FROM users WHERE id = $1", [uid])).rows[0];
    if (!account) return "not_found";
    w.write(JSON.stringify(account));
    return "ok";
  } finally {
    w.cleanup();
    client.release();
  }
}

module.exports = { streamUserExport };
