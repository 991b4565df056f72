// Source: LuisSalazar02/Hack-MIT — zuricatosJS/src/database/metrics.js at e4faa74 (getMetrics), reduced by hand, not copied
// Label: safe
// Why: a hackathon's Serverless function declares the client outside the try, checks it out inside, and releases it in the finally when the checkout succeeded
const dbPool = require("./dbPool");

module.exports.getMetrics = async (event) => {
  let client;
  try {
    client = await dbPool.connect();

    const best_sellers = await client.query("SELECT producto_nombre, SUM(cantidad) AS vendida FROM ventas GROUP BY 1 ORDER BY 2 DESC LIMIT 2");
    const least_sellers = await client.query("SELECT producto_nombre, SUM(cantidad) AS vendida FROM ventas GROUP BY 1 ORDER BY 2 ASC LIMIT 2");
    const debtor = await client.query("SELECT nombre, adeudo FROM deudores");
    const budget = await client.query("SELECT presupuesto_actual FROM usuarios");

    let jsonObject = {
      best_seller1: best_sellers.rows[0],
      least_seller1: least_sellers.rows[0],
      budget: budget.rows[0].presupuesto_actual,
    };
    for (let i = 0; i < debtor.rowCount; i++) {
      jsonObject[`debtor${i + 1}`] = debtor.rows[i];
    }

    return { statusCode: 200, body: JSON.stringify(jsonObject) };
  } catch (error) {
    console.error("Database query failed", error);
    return { statusCode: 400, body: `Query execution failed: ${error.message}` };
  } finally {
    if (client) {
      client.release();
    }
  }
};
