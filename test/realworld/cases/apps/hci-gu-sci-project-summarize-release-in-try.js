// Source: hci-gu/sci-project — api/summarize.js (summarizeAccelData), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the script releases right after its query, inside the try; when the query fails the catch only logs and the finally ends the pool, which then waits for the checked-out client
const { Pool } = require('pg')

const pool = new Pool({ connectionString: process.env.DATABASE_URL })

async function summarizeAccelData() {
  try {
    const client = await pool.connect()
    const result = await client.query('SELECT "UserId", COUNT(*) AS data_points FROM "Accels" GROUP BY "UserId"')
    client.release()
    result.rows.forEach((row) => {
      console.log(`UserId: ${row.UserId}  Data Points: ${row.data_points}`)
    })
  } catch (error) {
    console.error('Error querying the database:', error)
  } finally {
    await pool.end()
  }
}

summarizeAccelData()
