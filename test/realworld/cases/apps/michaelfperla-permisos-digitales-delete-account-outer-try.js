// Source: michaelfperla/permisos-digitales — src/controllers/user.controller.js (deleteAccount), reduced by hand, not copied
// Label: safe
// Why: the client is a `let` declared before the controller's outer try and checked out inside it; every early return, the explicit ROLLBACK path and the catch pass the finally's `if (client) client.release()`
const db = require('../db');
const ApiResponse = require('../utils/api-response');

exports.deleteAccount = async (req, res, next) => {
  let client;

  try {
    const userId = req.session.userId;
    const { confirmEmail } = req.body;
    if (!userId) {
      return ApiResponse.unauthorized(res, 'Not authenticated');
    }

    client = await db.getPool().connect();

    const userResult = await client.query('SELECT account_email AS email, account_status FROM users WHERE id = $1', [userId]);
    if (userResult.rows.length === 0) {
      return ApiResponse.notFound(res, 'User not found');
    }
    const user = userResult.rows[0];
    if (confirmEmail.toLowerCase().trim() !== user.email.toLowerCase().trim()) {
      return ApiResponse.badRequest(res, 'Confirmation e-mail does not match');
    }

    await client.query('BEGIN');
    const active = await client.query('SELECT COUNT(*) AS count FROM permits WHERE user_id = $1', [userId]);
    if (parseInt(active.rows[0].count, 10) > 0) {
      await client.query('ROLLBACK');
      return ApiResponse.badRequest(res, 'Active permits prevent deletion');
    }
    await client.query("UPDATE users SET account_status = 'deleted' WHERE id = $1", [userId]);
    await client.query('COMMIT');
    return ApiResponse.success(res, null, 'Account deleted');
  } catch (error) {
    if (client) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // ignored: the original error is what the caller needs
      }
    }
    next(error);
  } finally {
    if (client) {
      client.release();
    }
  }
};
