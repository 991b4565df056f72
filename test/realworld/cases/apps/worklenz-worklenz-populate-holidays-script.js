// Source: Worklenz/worklenz — worklenz-backend/scripts/populate-holidays.js (populateHolidays), reduced by hand, not copied
// Label: safe
// Why: every country's inserts run inside the try (a failing country is logged and skipped); the finally releases the client and ends the pool
const { Pool } = require("pg");
const Holidays = require("date-holidays");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const countries = [
  { code: "US", name: "United States" },
  { code: "LK", name: "Sri Lanka" },
];

async function populateHolidays() {
  const client = await pool.connect();

  try {
    console.log("Starting holiday population...");

    for (const country of countries) {
      try {
        const hd = new Holidays(country.code);
        for (let year = 2020; year <= 2030; year++) {
          for (const holiday of hd.getHolidays(year)) {
            if (!holiday.date || typeof holiday.date !== "object") {
              continue;
            }
            await client.query(
              "INSERT INTO country_holidays (country_code, name, date) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
              [country.code, holiday.name || "Unknown Holiday", holiday.date.toISOString().split("T")[0]]
            );
          }
        }
        console.log(`Completed ${country.name}`);
      } catch (error) {
        console.log(`Error processing ${country.name}: ${error.message}`);
      }
    }
  } catch (error) {
    console.error("Database error:", error);
  } finally {
    client.release();
    await pool.end();
  }
}

populateHolidays().catch(console.error);
