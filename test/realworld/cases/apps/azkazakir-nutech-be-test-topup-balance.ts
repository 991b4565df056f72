// Source: AzkaZakiR/nutech-be-test — src/repository/transaction.repository.ts (TransactionRepository.topupBalance), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only an invoice number from `Date.now()` and two SQL template strings are made, none of which can throw; the finally releases after COMMIT or the rethrow
import { pool } from '../db/pg';
import { randomUUID } from 'crypto';

export class TransactionRepository {
  async topupBalance(userId: string, amount: bigint, transactionType: string, description: string) {
    const client = await pool.connect();
    const invoiceNumber = `INV-${Date.now()}`;

    const updateBalanceSql = `
      UPDATE users SET balance = balance + $1, updated_at = NOW()
      WHERE id = $2 RETURNING id, balance`;

    const insertTransactionSql = `
      INSERT INTO transactions (id, user_id, total_amount, transaction_type, invoice_number, description, createdon)
      VALUES ($1, $2, $3, $4, $5, $6, NOW())`;

    try {
      await client.query('BEGIN');
      await client.query(insertTransactionSql, [randomUUID(), userId, amount, transactionType, invoiceNumber, description]);
      const { rows } = await client.query(updateBalanceSql, [amount, userId]);
      await client.query('COMMIT');
      return rows[0];
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
  }
}
