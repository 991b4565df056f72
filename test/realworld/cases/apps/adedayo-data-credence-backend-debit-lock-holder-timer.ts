// Source: Adedayo-Data/Credence-Backend — src/db/repositories/bondsRepository.test.ts ('should retry on lock timeout and eventually succeed'), reduced by hand, not copied
// Label: leak
// Why: a test holds a bond's row lock on a checkout (BEGIN, SELECT … FOR UPDATE) and releases it from a setTimeout after an awaited ROLLBACK — a failing BEGIN or SELECT, or a rejected ROLLBACK, leaves it checked out
import { describe, it, expect } from 'vitest';
import { Pool } from 'pg';
import { BondsRepository } from './bondsRepository';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const bondsRepo = new BondsRepository(pool, pool);

describe('BondsRepository.debit', () => {
  it('should retry on lock timeout and eventually succeed', async () => {
    const bond = await bondsRepo.create({ identityAddress: '0xabc', amount: '1000', startTime: new Date(), durationDays: 30 });

    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query('SELECT * FROM bonds WHERE id = $1 FOR UPDATE', [bond.id]);

    setTimeout(async () => {
      await client.query('ROLLBACK');
      client.release();
    }, 500);

    const updated = await bondsRepo.debit(bond.id, '100');
    expect(updated.amount).toBe('900');
  });
});
