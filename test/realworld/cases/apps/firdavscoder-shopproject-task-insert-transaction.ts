// Source: FirdavsCoder/ShopProject-TASK — src/modules/Transactions/transaction.Repository.ts (TransactionRepository.insert), reduced by hand, not copied
// Label: safe
// Why: a purchase takes its pool from the base class's `getPool` getter, throws "Not enough balance" inside the try after inserting the transaction, and the catch rolls back while the finally releases
import { Postgres } from '../../lib/pg';

interface ITransactionEntity {
  user_id: number;
  product_id: number;
  product_count: number;
  total_price: number;
}

export class TransactionRepository extends Postgres {
  async insert<T>(transaction: ITransactionEntity): Promise<T> {
    const pool = this.getPool;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(
        'INSERT INTO transactions (user_id, product_id, product_count, total_price) VALUES ($1, $2, $3, $4) RETURNING *',
        [transaction.user_id, transaction.product_id, transaction.product_count, transaction.total_price],
      );
      const user = await client.query('SELECT * FROM users WHERE id = $1', [rows[0].user_id]);
      if (user.rows[0].balance < rows[0].total_price) {
        throw new Error('Not enough balance');
      }
      await client.query('UPDATE users SET balance = balance - $1 WHERE id = $2', [rows[0].total_price, rows[0].user_id]);
      await client.query('UPDATE products SET count = count - $1 WHERE id = $2', [rows[0].product_count, rows[0].product_id]);
      await client.query('COMMIT');
      return rows[0];
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
}
