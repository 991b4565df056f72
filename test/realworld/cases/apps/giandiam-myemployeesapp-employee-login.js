// Source: giandiam/MyEmployeesApp — server/lib/employee.js (employeeLogin), reduced by hand, not copied
// Label: safe
// Why: the catch swallows every error of the query and the response, so the release after try/catch always runs
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

exports.listEmployees = async function listEmployees(req, res) {
  const client = await pool.connect();
  try {
    const employees = await client.query("SELECT * FROM employees ORDER BY id ASC");
    res.json(employees.rows);
  } catch (error) {
    console.log(error);
  }
  client.release();
};
