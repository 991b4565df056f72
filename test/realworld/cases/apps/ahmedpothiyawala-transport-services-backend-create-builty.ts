// Source: AhmedPothiyawala/transport_services_backend — src/controllers/builty.controller.ts (createBuilty) and src/db/pool.ts (getClient), reduced by hand, not copied
// Label: leak
// Why: the client is assigned inside the try and released after COMMIT and in the catch after `await client.query('ROLLBACK')` — no finally, so a rejected ROLLBACK skips the release (the catch then falls back to an in-memory ledger)
import { Pool, PoolClient } from 'pg';
import { Response } from 'express';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

export const getClient = async (): Promise<PoolClient> => {
  const client = await pool.connect();
  return client;
};

const memoryBuilties: any[] = [];

export const createBuilty = async (req: any, res: Response) => {
  const { source_city, destination_city, party_name, builty_amount } = req.body;
  if (!source_city || !destination_city || !party_name || !builty_amount) {
    return res.status(400).json({ status: false, message: 'Missing fields' });
  }
  const amount = parseFloat(builty_amount);
  let serial = 1;

  let client;
  try {
    client = await getClient();
    await client.query('BEGIN');
    const series = await client.query(
      'SELECT * FROM series_config WHERE source_city = $1 AND destination_city = $2 FOR UPDATE',
      [source_city, destination_city]
    );
    if (series.rows.length > 0) {
      serial = series.rows[0].current_number;
      await client.query('UPDATE series_config SET current_number = current_number + 1 WHERE id = $1', [series.rows[0].id]);
    } else {
      const count = await client.query('SELECT COUNT(*) FROM builtys');
      serial = parseInt(count.rows[0].count) + 1;
    }
    const inserted = await client.query('INSERT INTO builtys (serial_number, party_name, builty_amount) VALUES ($1, $2, $3) RETURNING *', [
      serial,
      party_name,
      amount,
    ]);
    await client.query(
      'INSERT INTO ledgers (party_name, builty_id, account_type, amount) VALUES ($1, $2, $3, $4)',
      [party_name, inserted.rows[0].id, 'DEBIT', amount]
    );
    await client.query('COMMIT');
    client.release();
    return res.json({ status: true, builty: inserted.rows[0] });
  } catch (err) {
    if (client) {
      await client.query('ROLLBACK');
      client.release();
    }
    const fallback = { id: memoryBuilties.length + 1, party_name, builty_amount: amount };
    memoryBuilties.push(fallback);
    return res.json({ status: true, builty: fallback, fallback: true });
  }
};
