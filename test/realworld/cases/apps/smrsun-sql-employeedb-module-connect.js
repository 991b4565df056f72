// Source: smrsun/SQL-EmployeeDB — queries.js at 778a19a (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a bootcamp "employee tracker" challenge calls `pool.connect();` at module scope as if connecting a Client; the pooled client it checks out is dropped and never released, while every query goes through `pool.query`
const { Pool } = require("pg");

const pool = new Pool({ database: "employee_db", password: process.env.DB_PASSWORD });

pool.connect();

const viewDepartments = async () => {
  const res = await pool.query("SELECT * FROM departments");
  console.table(res.rows);
  return res.rows;
};

module.exports = { viewDepartments };
