// Source: BenLubar/nodebb-postgres-converter — writer/postgres.js (query), reduced by hand, not copied
// Label: safe
// Why: given the pool rather than a client, the helper checks one out and remembers to release it; only `console.time(label)` (which does not throw) sits between connect() and the try whose finally releases
"use strict";

async function query(label, conn, text) {
  let shouldRelease = false;
  if (!conn.release) {
    shouldRelease = true;
    conn = await conn.connect();
  }

  console.time(label);

  try {
    await conn.query(text);
  } catch (ex) {
    console.error("Query failed: " + label);
    throw ex;
  } finally {
    console.timeEnd(label);

    if (shouldRelease) {
      conn.release();
    }
  }
}

module.exports = query;
