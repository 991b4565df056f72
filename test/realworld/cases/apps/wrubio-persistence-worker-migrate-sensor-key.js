// Source: wrubio/-persistence-worker — app/worker/worker.js at 801d5aa (migrateKeyToMySQL), reduced by hand, not copied
// Label: safe
// Why: a Raspberry Pi agent's readings are moved from Redis to PostgreSQL every 30 s; the checkout runs in an async IIFE inside the Promise executor, its try/finally releases, and the IIFE's rejection rejects the outer promise
const CronJob = require("cron").CronJob;
const { Pool } = require("pg");
const Redis = require("ioredis");

const redis = new Redis({ port: 6379, host: "127.0.0.1" });
const pool = new Pool({ host: process.env.PGHOST, database: process.env.PGDATABASE });

function migrateKey(key) {
  return new Promise(async (resolve, reject) => {
    const value = await redis.get(`${key}`);
    const text = "INSERT INTO sensors (sensor_name, sensor_values, created_on) VALUES ($1, $2, now())";

    (async () => {
      const client = await pool.connect();
      try {
        const result = await client.query(text, ["rbpi_agent_001", value]);
        await redis.del(`${key}`);
        resolve(result);
      } finally {
        client.release();
      }
    })().catch((err) => {
      reject(err);
    });
  });
}

const job = new CronJob("*/30 * * * * *", async () => {
  const stream = redis.scanStream({ match: "sensor_data:*", count: 10 });
  stream.on("data", (keys) => {
    stream.pause();
    Promise.all(keys.map((key) => migrateKey(key))).then(() => stream.resume(), (error) => console.log(error));
  });
});

job.start();
