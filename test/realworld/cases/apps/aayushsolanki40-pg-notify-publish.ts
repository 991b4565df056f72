// Source: aayushsolanki40/pg-notify — src/services/NotificationService.ts (NotificationService.publish), reduced by hand, not copied
// Label: safe
// Why: NOTIFY runs in a try whose finally releases; the catch only logs and rethrows
import { pool } from "../config/database";

export class NotificationService {
  async publish(channel: string, payload: unknown): Promise<void> {
    const client = await pool.connect();
    try {
      const payloadString = typeof payload === "string" ? payload : JSON.stringify(payload);
      await client.query(`NOTIFY ${channel}, '${payloadString.replace(/'/g, "''")}'`);
      console.log(`Published to ${channel}:`, payload);
    } catch (error) {
      console.error(`Error publishing to channel ${channel}:`, error);
      throw error;
    } finally {
      client.release();
    }
  }
}
