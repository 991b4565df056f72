// Source: milesst/voicejournal_server — src/db/transaction.js (default export), reduced by hand, not copied
// Label: safe
// Why: the checkout sits in an inner try nested in an outer one whose finally releases `if (client)`; every inner catch swallows, so every path reaches that finally
import db from './connect.js'

export default async (queries) => {
  let client
  try {
    try {
      client = await db.connect()
    } catch (e) {
      console.log('cannot connect to db')
    }
    try {
      await client.query('BEGIN')
      const results = await client.query(queries)
      await client.query('COMMIT')
      return results
    } catch (e) {
      await client.query('ROLLBACK')
      console.log(e)
    }
  } catch (e) {
    console.log(e)
  } finally {
    if (client) client.release()
  }
}
