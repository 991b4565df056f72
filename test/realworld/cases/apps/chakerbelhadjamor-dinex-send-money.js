// Source: ChakerBelhadjAmor/Dinex — backend/data/store.js (sendMoney), reduced by hand, not copied
// Label: safe
// Why: a wallet transfer locks the sender FOR UPDATE and returns `{ success: false }` after a ROLLBACK for a missing sender, insufficient balance and a bad amount, inside the try whose finally releases; the catch answers instead of rethrowing
const { v4: uuidv4 } = require('uuid');
const { pool } = require('./db');

async function sendMoney(fromUserId, toPhone, amount) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: [sender] } = await client.query('SELECT * FROM users WHERE id = $1 FOR UPDATE', [fromUserId]);
    if (!sender) {
      await client.query('ROLLBACK');
      return { success: false, error: 'Utilisateur introuvable' };
    }
    if (parseFloat(sender.balance) < amount) {
      await client.query('ROLLBACK');
      return { success: false, error: 'Solde insuffisant' };
    }
    if (amount <= 0) {
      await client.query('ROLLBACK');
      return { success: false, error: 'Montant invalide' };
    }
    const { rows: recipients } = await client.query('SELECT * FROM users WHERE phone = $1 FOR UPDATE', [toPhone]);
    const recipient = recipients[0] || null;
    await client.query('UPDATE users SET balance = balance - $1 WHERE id = $2', [amount, fromUserId]);
    if (recipient) {
      await client.query('UPDATE users SET balance = balance + $1 WHERE id = $2', [amount, recipient.id]);
    }
    const txId = 'tx_' + uuidv4().slice(0, 8);
    await client.query("INSERT INTO transactions (id, user_id, type, amount) VALUES ($1, $2, 'send', $3)", [txId, fromUserId, amount]);
    const { rows: [updated] } = await client.query('SELECT balance FROM users WHERE id = $1', [fromUserId]);
    await client.query('COMMIT');
    return { success: true, transactionId: txId, newBalance: parseFloat(updated.balance) };
  } catch (err) {
    await client.query('ROLLBACK');
    console.error('sendMoney error:', err.message);
    return { success: false, error: 'Erreur interne' };
  } finally {
    client.release();
  }
}

module.exports = { sendMoney };
