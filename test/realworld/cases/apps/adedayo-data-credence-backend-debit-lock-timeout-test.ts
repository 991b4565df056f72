// Source: Adedayo-Data/Credence-Backend — src/db/repositories/bondsRepository.test.ts ('should throw LockTimeoutError after max retries'), reduced by hand, not copied
// Label: leak
// Why: BEGIN and the SELECT … FOR UPDATE that take the lock run between the checkout and the try whose finally rolls back and releases, so a failure of either leaves the client checked out
import { describe, it, expect } from 'vitest';
import { Pool } from 'pg';
import { BondsRepository, LockTimeoutError } from './bondsRepository';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const bondsRepo = new BondsRepository(pool, pool);

describe('BondsRepository.debit', () => {
  it('should throw LockTimeoutError after max retries', async () => {
    const bond = await bondsRepo.create({ identityAddress: '0xabc', amount: '1000', startTime: new Date(), durationDays: 30 });

    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query('SELECT * FROM bonds WHERE id = $1 FOR UPDATE', [bond.id]);

    try {
      const shortTimeoutRepo = new BondsRepository(pool, pool, { readonly: 100, default: 100, critical: 200 });
      await expect(shortTimeoutRepo.debit(bond.id, '100')).rejects.toThrow(LockTimeoutError);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
