// Source: AnhTranThe/FA.Project-Management.BE — src/utils/queryDatabase.js at 4317591 (QueryDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the project-management API's shared query helper (Vietnamese comments) checks out from the pool it calls `db`, and releases only after a successful query: a failing query jumps to the catch, which logs and rethrows with the client still checked out
const db = require("./database.connection");

const QueryDatabase = async (sql) => {
  try {
    const client = await db.connect();
    const data = await client.query(sql);
    client.release(); // trả client về pool sau khi dùng
    return data;
  } catch (err) {
    console.error("Lỗi truy vấn cơ sở dữ liệu");
    throw err; // ném lại lỗi cho nơi gọi xử lý
  }
};

module.exports = QueryDatabase;
