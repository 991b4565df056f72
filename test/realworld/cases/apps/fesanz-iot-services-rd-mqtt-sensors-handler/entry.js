// Source: FeSanz/iot-services-rd — services/handlers/sensor_data_handler.js at 288cc71 (sensorsDataHandler, called for each MQTT message by services/mqtt/mqtt_client.js), reduced by hand, not copied
// Label: safe
// Why: the handler validates the batch before checking out, then runs a transaction over every reading (a formula error is caught per item); the early 404 ROLLBACK return, the catch's ROLLBACK and rethrow and the success path all leave through the finally that releases
const pool = require("./pool");
const { notifySensorData } = require("./websocket");
const { create, all } = require("mathjs");

const math = create(all);

async function sensorsDataHandler(data) {
  const { token, items } = data;
  if (!token || !items || !Array.isArray(items)) {
    return { success: false, status: 400, message: "Faltan parámetros" };
  }

  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const machine = await client.query("SELECT machine_id FROM mes_machines WHERE token = $1 LIMIT 1", [token]);
    if (machine.rowCount === 0) {
      await client.query("ROLLBACK");
      return { success: false, status: 404, message: "Token no válido" };
    }
    const machineId = machine.rows[0].machine_id;
    const results = [];

    for (const { sensor_var, value } of items) {
      let sensorId;
      let formula = null;
      const sensor = await client.query(
        "SELECT sensor_id, formula FROM mes_sensors WHERE machine_id = $1 AND var = $2 LIMIT 1",
        [machineId, sensor_var]
      );
      if (sensor.rowCount === 0) {
        const created = await client.query(
          "INSERT INTO mes_sensors (var, name, machine_id) VALUES ($1, $2, $3) RETURNING sensor_id",
          [sensor_var, sensor_var.toUpperCase(), machineId]
        );
        sensorId = created.rows[0].sensor_id;
      } else {
        sensorId = sensor.rows[0].sensor_id;
        formula = sensor.rows[0].formula;
      }

      let finalValue = value;
      if (formula && formula.trim() !== "") {
        try {
          finalValue = math.evaluate(formula.replace(/sensor_value/g, value.toString()));
        } catch (e) {
          console.error(`formula error for ${sensor_var}:`, e);
          finalValue = value;
        }
      }

      const inserted = await client.query(
        "INSERT INTO mes_sensor_data (sensor_id, value) VALUES ($1, $2) RETURNING value, date_time",
        [sensorId, finalValue]
      );
      notifySensorData(sensorId, { data: inserted.rows[0] });
      results.push({ sensor_var, status: "OK" });
    }

    await client.query("COMMIT");
    return { success: true, status: 200, items: results };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

module.exports = { sensorsDataHandler };
