// Source: HISP-Uganda/dhis2-wal — transfer.js at a033eda (transferAll), reduced by hand, not copied
// Label: leak
// Why: the DHIS2 → warehouse transfer reads a pg-cursor in batches and inserts each batch elsewhere, releasing only in the callback of `cursor.close()` after the last read; a rejected read or a failed processAndInsert2 leaves the client checked out (no try, no finally)
const { Pool } = require("pg");
const Cursor = require("pg-cursor");
const { query, batchSize, processAndInsert2 } = require("./common");

const pool = new Pool({
  user: process.env.PG_USER,
  password: process.env.PG_PASSWORD,
  host: process.env.PG_HOST,
  database: process.env.PG_DATABASE,
});

const transferAll = async (index) => {
  const client = await pool.connect();
  const cursor = client.query(new Cursor(query));
  let rows = await cursor.read(batchSize);
  if (rows.length > 0) {
    await processAndInsert2(index, rows);
  }
  while (rows.length > 0) {
    rows = await cursor.read(batchSize);
    if (rows.length > 0) {
      await processAndInsert2(index, rows);
    }
  }
  cursor.close(() => client.release());
};

transferAll("epivac").then(() => console.log("Done"));
