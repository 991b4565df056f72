// Source: https://github.com/brianc/node-pg-cursor/issues/37 (goshoo's promisified read loop, "Consider adding a Promise for the 'done' state"), reduced by hand, not copied
// Label: safe
// Why: the cursor loop runs in a try whose catch logs and whose finally releases the client, whatever the reads do
const Cursor = require("pg-cursor");

function readPromise(cursor, count) {
  return new Promise((resolve, reject) => {
    cursor.read(count, (err, rows) => {
      if (err) {
        return reject(err);
      }
      resolve(rows);
    });
  });
}

async function processAccounts(work) {
  const client = await global.pgpool.connect();
  try {
    let rows;
    const cursor = client.query(new Cursor("select * from accounts"));
    while ((rows = await readPromise(cursor, 100)) && rows.length > 0) {
      for (const row of rows) {
        work(row);
      }
    }
  } catch (err) {
    console.log(err);
  } finally {
    client.release();
  }
}

module.exports = { processAccounts };
