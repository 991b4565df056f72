// Source: 25th-floor/ttrack-server — src/api/__test__/api-users.test.js at 3ec72e1 ("test multiple querys on single connection"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the hapi server (knex in its dependencies) exposes a raw `getClient()` from src/pg.js; the test checks a client out, awaits two SELECTs and releases after them with no finally — a failed query fails the test with the client still checked out, and the suite's pool.end() then waits on it
import { getClient } from './pg';

describe('Create pg connection', () => {
  it('test multiple querys on single connection', async () => {
    const client = await getClient();
    const resultOne = await client.query('SELECT * FROM users WHERE usr_id = $1', [1]);
    const resultTwo = await client.query('SELECT * FROM users WHERE usr_id = $1', [1]);
    client.release();
    expect(resultOne.rows).toEqual(resultTwo.rows);
  });
});
