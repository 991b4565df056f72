// Source: justRenzinza/petcare-backend — models/Clinica.js at 078e670 (Clinica.getClinicas), reduced by hand, not copied
// Label: safe
// Why: the model requires Database.js's wrapper module under the name `pool` and checks out through its `connect()`; the query runs in a try whose finally calls the wrapped release
const pool = require("./Database.js");

class Clinica {
  static async getClinicas() {
    const client = await pool.connect();
    const query = "SELECT id_clinica, unidade, nome FROM clinica";

    try {
      const result = await client.query(query);
      return result.rows;
    } catch (error) {
      throw new Error("Error fetching clinics: " + error.message);
    } finally {
      client.release();
    }
  }
}

module.exports = Clinica;
