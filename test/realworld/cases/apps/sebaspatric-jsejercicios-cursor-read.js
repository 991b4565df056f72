// Source: sebaspatric/JsEjercicios — M7/S03ObtencionDesdeBD2/lecture/cursor.js (top level), reduced by hand, not copied
// Label: safe
// Why: the cursor (a submittable held in a variable, not a promise) is read once, closed, and the client released in close's callback
const { Pool } = require("pg");
const Cursor = require("pg-cursor");

const pool = new Pool();

async function readFirstRows() {
  const client = await pool.connect();
  const cursor = client.query(new Cursor("SELECT * FROM my_large_table WHERE something > $1", [10]));
  cursor.read(100, (err, rows) => {
    cursor.close(() => {
      client.release();
    });
  });
}

readFirstRows();
