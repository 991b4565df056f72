// Source: Swethabura/wallet-system-backend — src/middlewares/idempotency.js (idempotency), reduced by hand, not copied
// Label: safe
// Why: the Express middleware calls `next()` inside the try and the finally releases right after; the early response return and the thrown AppError pass the finally too
import crypto from "crypto";
import { pool } from "../db/db.js";
import AppError from "../utils/AppError.js";

export async function idempotency(req, res, next) {
  const key = req.headers["idempotency-key"];
  if (!key) {
    return next(new AppError("Idempotency-Key header is required", 400));
  }
  const userId = req.user.id;
  const requestHash = crypto.createHash("sha256").update(JSON.stringify(req.body)).digest("hex");

  const client = await pool.connect();

  try {
    const { rows } = await client.query("SELECT * FROM idempotency_keys WHERE user_id = $1 AND idempotency_key = $2", [userId, key]);
    if (rows.length > 0) {
      const record = rows[0];
      if (record.request_hash !== requestHash) {
        throw new AppError("Idempotency key reused with a different payload", 409);
      }
      if (record.response_payload) {
        return res.status(record.status_code).json(record.response_payload);
      }
    }
    req.idempotencyKey = key;
    req.requestHash = requestHash;
    next();
  } finally {
    client.release();
  }
}
