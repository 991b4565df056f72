// Source: FeSanz/iot-services-rd — services/iot/sensor_data_original.js at 7349ae4 (POST /sensorsData), reduced by hand, not copied
// Label: safe
// Why: the HTTP ingest of a machine's sensor batch validates before the checkout; inside the try it rolls back and returns 404 for an unknown token, creates missing sensors, inserts each value and notifies websocket subscribers, and the finally releases on every path
const express = require("express");
const pool = require("./pool");
const { notifySensorData } = require("./websocket");

const router = express.Router();

router.post("/sensorsData", async (req, res) => {
  const { token, items } = req.body;
  if (!token || !items || !Array.isArray(items)) {
    return res.status(400).json({ errorsExistFlag: false, message: "missing parameters" });
  }

  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const results = [];

    const machine = await client.query("SELECT machine_id FROM mes_machines WHERE token = $1 LIMIT 1", [token]);
    if (machine.rowCount === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ errorsExistFlag: false, message: "unknown machine token" });
    }
    const machineId = machine.rows[0].machine_id;

    for (const { sensor_var, value } of items) {
      let sensorId;
      const found = await client.query("SELECT sensor_id FROM mes_sensors WHERE machine_id = $1 AND var = $2", [machineId, sensor_var]);
      if (found.rowCount === 0) {
        const created = await client.query(
          "INSERT INTO mes_sensors (var, name, machine_id) VALUES ($1, $2, $3) RETURNING sensor_id",
          [sensor_var, sensor_var.toUpperCase(), machineId],
        );
        sensorId = created.rows[0].sensor_id;
      } else {
        sensorId = found.rows[0].sensor_id;
      }
      const inserted = await client.query(
        "INSERT INTO mes_sensor_data (sensor_id, value) VALUES ($1, $2) RETURNING value, date_time",
        [sensorId, value],
      );
      notifySensorData(sensorId, { data: { sensorId, sensor_var, value: inserted.rows[0].value, time: inserted.rows[0].date_time } });
      results.push({ sensor_var, status: "OK" });
    }

    await client.query("COMMIT");
    res.status(200).json({ errorsExistFlag: false, message: "OK", items: results });
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Error saving sensor data:", error);
    res.status(500).json({ errorsExistFlag: true, message: "database error" });
  } finally {
    client.release();
  }
});

module.exports = router;
