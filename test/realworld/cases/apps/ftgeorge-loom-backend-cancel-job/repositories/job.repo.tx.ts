import type { PoolClient } from "pg";

export async function cancelJobTx(client: PoolClient, input: { jobId: string; customerId: string }) {
  const { rows } = await client.query("UPDATE jobs SET status = $3 WHERE id = $1 AND customer_id = $2 RETURNING *", [input.jobId, input.customerId, "cancelled"]);
  return rows[0] ?? null;
}
