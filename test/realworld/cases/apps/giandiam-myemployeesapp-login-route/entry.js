// Source: giandiam/MyEmployeesApp — pages/api/auth/login.js (handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Next.js route releases the client only in the catch of a failed connect (where it is unset); on success it is never released
import pool from "./db";

export default async function handler(req, res) {
  let client;
  try {
    client = await pool.connect();
    console.log("connected");
  } catch (error) {
    console.trace(error);
    if (client) {
      client.release();
    }
    res.statusCode = 500;
    res.json({ status: "error", error: "Please contact the administrator" });
  }
}
