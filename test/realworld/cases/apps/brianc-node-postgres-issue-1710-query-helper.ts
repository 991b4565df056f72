// Source: https://github.com/brianc/node-postgres/issues/1710 (the reporter's query helper), reduced by hand, not copied
// Label: safe
// Why: only listener registrations sit between the checkout (named `connect`) and the try whose finally releases it
import { Pool } from "pg";

const pool = new Pool({ max: 10 });

const query = async (text: string, params?: unknown[]) => {
  const connect = await pool.connect();
  pool.on("error", (error) => {
    console.error("error event on pool (%s)", error);
  });
  connect.on("end", () => {
    console.log("end event on client");
  });
  try {
    return await connect.query(text, params);
  } catch (error) {
    throw new Error(String(error));
  } finally {
    await connect.release();
    console.log("release success");
  }
};

export default query;
