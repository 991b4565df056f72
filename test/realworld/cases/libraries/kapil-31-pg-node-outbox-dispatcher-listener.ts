// Source: kapil-31/pg-node-outbox — src/outbox/dispatcher.ts (Dispatcher.setupListener), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is stored in the `this.listener` field before LISTEN is sent; the dispatcher keeps it for its whole life to wait for notifications, so a failed LISTEN leaves it with the instance, not with this function
import { Pool, PoolClient } from "pg";

export class Dispatcher {
  private listener!: PoolClient;

  constructor(private pool: Pool) {}

  private async setupListener() {
    this.listener = await this.pool.connect();
    await this.listener.query(`LISTEN outbox_events`);
  }

  waitForNotification(): Promise<void> {
    return new Promise((resolve) => {
      const onNote = () => {
        this.listener.off("notification", onNote);
        resolve();
      };
      this.listener.on("notification", onNote);
    });
  }
}
