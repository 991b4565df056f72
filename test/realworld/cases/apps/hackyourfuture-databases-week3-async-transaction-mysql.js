// Source: HackYourFuture/databases — Week3/async-transaction.js at refs/heads/db-week1-rubric, reduced by hand, not copied
// Label: safe
// Why: the bootcamp's databases module teaches transactions on a mysql `createConnection`: `connection.connect()` is mysql's, not a pg pool checkout, and START TRANSACTION/COMMIT go over that one connection (poolguard must stay silent on another library's client)
const util = require("util");
const mysql = require("mysql");

const connection = mysql.createConnection({ host: "localhost", user: "hyfuser", database: "userdb" });

const execQuery = util.promisify(connection.query.bind(connection));

async function seedDatabase() {
  connection.connect();

  try {
    await execQuery("START TRANSACTION");
    await execQuery("UPDATE students SET grade = 10 WHERE student_number = 4444");
    await execQuery("UPDATE students SET grade = 2 WHERE student_number = 3333");
    await execQuery("COMMIT");
  } catch (error) {
    console.error(error);
    await execQuery("ROLLBACK");
    connection.end();
  }

  connection.end();
}

seedDatabase();
