// Source: Ajibose/Credence-Backend — src/listeners/horizonWithdrawalEvents.ts at f25fffd (HorizonWithdrawalListener.pollForEvents), reduced by hand, not copied
// Label: safe
// Why: the Horizon poller persists its paging cursor after each event with one checkout per event inside the loop; each is released in its own finally, and the poll's outer catch logs before the next setTimeout
import type { Pool, PoolClient } from "pg";
import { upsertCursor } from "./cursorRepository.js";

type WithdrawalEvent = { pagingToken: string; amount: string };

const STREAM_NAME = "horizon-withdrawals";

export class HorizonWithdrawalListener {
  private isRunning = false;
  private lastCursor = "now";
  private pollTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly fetchEvents: (cursor: string) => Promise<WithdrawalEvent[]>,
    private readonly processEvent: (event: WithdrawalEvent) => Promise<void>,
    private readonly pollingInterval = 5000,
  ) {}

  start(): void {
    this.isRunning = true;
    void this.pollForEvents();
  }

  private async pollForEvents(): Promise<void> {
    if (!this.isRunning) return;
    try {
      const events = await this.fetchEvents(this.lastCursor);
      for (const event of events) {
        await this.processEvent(event);

        const client: PoolClient = await this.pool.connect();
        try {
          await client.query("BEGIN");
          await upsertCursor({ streamName: STREAM_NAME, pagingToken: event.pagingToken }, client);
          await client.query("COMMIT");
        } catch (txErr) {
          await client.query("ROLLBACK");
          throw txErr;
        } finally {
          client.release();
        }

        this.lastCursor = event.pagingToken;
      }
    } catch (error) {
      console.error("Error polling for withdrawal events:", error);
    }

    if (this.isRunning) {
      this.pollTimer = setTimeout(() => this.pollForEvents(), this.pollingInterval);
    }
  }
}
