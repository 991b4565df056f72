// Source: Ajibose/Credence-Backend — src/db/repositories/payoutsRepository.ts at f25fffd (PayoutsRepository.createBatch; settlementsRepository.ts has the same shape), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when the repository was given a pool (`typeof db.connect === "function"`) the batch checks out and sends BEGIN through `client ?? this.db` before the try; a failed BEGIN leaves the function with the client never released (the finally's `if (client) client.release()` is not yet entered)
import { randomUUID } from "node:crypto";
import type { Queryable } from "./queryable.js";

export interface CreatePayoutInput {
  recipient: string;
  amount: string;
}

export class PayoutsRepository {
  constructor(private readonly db: Queryable) {}

  async createBatch(inputs: CreatePayoutInput[]): Promise<string[]> {
    const client = typeof (this.db as any).connect === "function"
      ? await (this.db as any).connect()
      : null;

    const targetDb = client ?? this.db;
    const useTx = client !== null;

    if (useTx) {
      await targetDb.query("BEGIN");
    }

    try {
      const ids: string[] = [];
      for (const input of inputs) {
        ids.push(await this.insert(targetDb, input));
      }
      if (useTx) {
        await targetDb.query("COMMIT");
      }
      return ids;
    } catch (err) {
      if (useTx) {
        await targetDb.query("ROLLBACK").catch(() => {});
      }
      throw err;
    } finally {
      if (client) {
        client.release();
      }
    }
  }

  private async insert(db: Queryable, input: CreatePayoutInput): Promise<string> {
    const id = randomUUID();
    await db.query("INSERT INTO payouts (id, recipient, amount) VALUES ($1, $2, $3)", [id, input.recipient, input.amount]);
    return id;
  }
}
