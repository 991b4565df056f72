// Source: n1c0re/BoatDealer — Server/DataAccess/startConnection.js (startConnection), reduced by hand, not copied
// Label: hand-over
// Why: the helper returns the checked-out client to its caller; the catch only covers a failed connect(), when there is no client
import pool from "../index.js";

export default async function startConnection() {
  try {
    const client = await pool.connect();
    return client;
  } catch (error) {
    console.error("Error connecting to the database:", error);
    throw error;
  }
}
