// Source: longk123/Luan-Van-Tot-Nghiep-K47-Cofffee-Shop — backend/src/repositories/kitchenRepository.js (updateLineTx), reduced by hand, not copied
// Label: safe
// Why: the invalid-action throw comes before the checkout; the row lock, the state checks that throw and the update run between BEGIN and COMMIT in the try, the catch rolls back and rethrows, the finally releases
import { pool } from "./db.js";

const TRANSITIONS = {
  start: { from: ["PENDING"], to: "MAKING" },
  finish: { from: ["MAKING"], to: "DONE" },
  cancel: { from: ["PENDING", "MAKING"], to: "CANCELLED" },
};

export async function updateLineTx({ lineId, action, userId }) {
  const rule = TRANSITIONS[action];
  if (!rule) {
    throw new Error("INVALID_ACTION");
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows: [line] } = await client.query("SELECT ct.id, ct.state, o.state AS order_state FROM order_lines ct JOIN orders o ON o.id = ct.order_id WHERE ct.id = $1 FOR UPDATE", [lineId]);
    if (!line) {
      throw new Error("LINE_NOT_FOUND");
    }
    if (action === "cancel" && line.order_state === "PAID") {
      throw new Error("Cannot cancel an item of a paid order");
    }
    if (!rule.from.includes(line.state)) {
      throw new Error(`INVALID_STATE_TRANSITION: Cannot ${action} from ${line.state}`);
    }
    const { rows: [updated] } = await client.query("UPDATE order_lines SET state = $2, maker_id = $3 WHERE id = $1 RETURNING *", [lineId, rule.to, userId]);
    await client.query("COMMIT");
    return updated;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
