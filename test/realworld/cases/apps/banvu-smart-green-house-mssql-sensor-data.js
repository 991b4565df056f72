// Source: banvu/smart-green-house — dbFiles/dbOperation.js at a5209c8 (getSensorData), reduced by hand, not copied
// Label: safe
// Why: the greenhouse dashboard reads its CO2 sensor table from SQL Server: `await sql.connect(config)` is mssql's global pool, kept for the process and named `pool` here, and it is never a pg client to release
const config = require("./dbConfig");
const sql = require("mssql");
const fs = require("fs");

const getSensorData = async () => {
  try {
    const pool = await sql.connect(config);
    const latest = await pool.request().query("SELECT * FROM Sensors_2022 ORDER BY Id DESC");
    const all = await pool.request().query("SELECT * FROM Sensors_2022 ORDER BY Id");
    fs.writeFileSync("./src/file.json", JSON.stringify(all));
    return latest;
  } catch (err) {
    console.log(err);
  }
};

module.exports = { getSensorData };
