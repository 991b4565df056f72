// Source: gTrevisanz/dbProjeto — db.js (connect, insertCustomers), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: insertCustomers takes its client from the file's connect() helper, which checks it out of the pool the helper keeps in `global.connection`, runs the INSERT and never releases it
async function connect() {
  const { Pool } = require("pg");

  if (!global.connection) {
    const pool = new Pool({
      user: process.env.USER_NAME,
      host: process.env.HOST_NAME,
      database: process.env.DB_NAME,
    });
    console.log("pool created");
    global.connection = pool;
  }

  return global.connection.connect();
}

connect();

async function insertCustomers(customers) {
  const client = await connect();

  const sql = "INSERT INTO client(cpf, nome, email) VALUES($1, $2, $3);";
  const values = [customers.cpf, customers.nome, customers.email];

  await client.query(sql, values);
}

module.exports = { insertCustomers };
