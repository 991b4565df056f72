// Source: shyamrupadas/sadhana-backend — src/services/sleep-records.service.ts at 6a00918 (SleepRecordsService.upsertSleepRecord), reduced by hand, not copied
// Label: safe
// Why: a service class holding the Fastify instance checks out through `this.fastify.pg.connect()` (@fastify/postgres) and runs the read-modify-write of three days' rows in a BEGIN/COMMIT inside the try; the catch rolls back and rethrows, the finally releases
import { FastifyInstance } from "fastify";
import dayjs from "dayjs";

type SleepData = { bedtime: string | null; wakeTime: string | null; napDuration: number | null; duration: number | null };

function calculateSleepDuration(bedtime: string | null, wakeTime: string | null, nap: number): number | null {
  if (!bedtime || !wakeTime) return null;
  return dayjs(wakeTime).diff(dayjs(bedtime), "minute") + nap;
}

export class SleepRecordsService {
  constructor(private fastify: FastifyInstance) {}

  async upsertSleepRecord(userId: string, date: string, sleepData: SleepData) {
    const client = await this.fastify.pg.connect();

    try {
      await client.query("BEGIN");
      const nextDate = dayjs(date).add(1, "day").format("YYYY-MM-DD");
      const nextRecord = await client.query("SELECT sleep_data FROM daily_entries WHERE user_id = $1 AND date = $2", [userId, nextDate]);
      if (nextRecord.rows.length > 0 && sleepData.bedtime != null) {
        const next: SleepData = nextRecord.rows[0].sleep_data || { bedtime: null, wakeTime: null, napDuration: null, duration: null };
        const updated = { ...next, duration: calculateSleepDuration(sleepData.bedtime, next.wakeTime, next.napDuration ?? 0) };
        await client.query("UPDATE daily_entries SET sleep_data = $1::jsonb, updated_at = NOW() WHERE user_id = $2 AND date = $3", [JSON.stringify(updated), userId, nextDate]);
      }
      const previousRecord = await client.query("SELECT sleep_data FROM daily_entries WHERE user_id = $1 AND date = $2", [userId, dayjs(date).subtract(1, "day").format("YYYY-MM-DD")]);
      const previous: SleepData = previousRecord.rows[0]?.sleep_data ?? { bedtime: null, wakeTime: null, napDuration: null, duration: null };
      const complete = { ...sleepData, duration: calculateSleepDuration(previous.bedtime, sleepData.wakeTime, sleepData.napDuration ?? 0) };
      const saved = await client.query(
        "INSERT INTO daily_entries (user_id, date, sleep_data) VALUES ($1, $2, $3::jsonb) ON CONFLICT (user_id, date) DO UPDATE SET sleep_data = EXCLUDED.sleep_data RETURNING date, sleep_data, habits",
        [userId, date, JSON.stringify(complete)],
      );
      await client.query("COMMIT");
      return { date: saved.rows[0].date, sleep: saved.rows[0].sleep_data, habits: saved.rows[0].habits ?? {} };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
