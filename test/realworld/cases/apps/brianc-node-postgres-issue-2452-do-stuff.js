// Source: https://github.com/brianc/node-postgres/issues/2452 (sehrope's doStuff, showing that a pool of max 5 makes the other callers wait), reduced by hand, not copied
// Label: safe
// Why: the try begins right after connect() and the finally releases; the state updates around it are plain array writes
const pg = require("pg");

const pool = new pg.Pool({ max: 5 });
const STATE = [];

function updateState(id, value) {
  STATE[id] = value;
  console.log(STATE.join(" "));
}

async function doStuff(id) {
  updateState(id, "C");
  const client = await pool.connect();
  try {
    updateState(id, "Q");
    await client.query("SELECT pg_sleep(1 + random())");
  } finally {
    client.release();
  }
  updateState(id, "F");
}

async function main() {
  await Promise.all([...Array(10)].map((_, i) => doStuff(i)));
}

main().then(() => process.exit(0));
