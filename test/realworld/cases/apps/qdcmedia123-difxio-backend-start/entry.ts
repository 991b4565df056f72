// Source: qdcmedia123/difxio-backend — src/index.ts (start), reduced by hand, not copied
// Label: safe
// Why: `pool` is the default export of ./config/pool, the project's own class named Pool whose connect(options) creates the pg pool and runs `pool.query`; nothing is checked out here
require("dotenv").config();
import { app } from "./app";
import pool from "./config/pool";

const start = async () => {
  try {
    await pool.connect({
      host: process.env.DB_HOST,
      port: process.env.DB_PORT,
      database: process.env.DB_NAME,
    });
    console.log("Connected to postgres");
  } catch (err) {
    throw new Error(err);
  }
};

start()
  .then(() => {
    app.listen(process.env.PORT || 8000);
  })
  .catch((err) => {
    console.error(err);
  });
