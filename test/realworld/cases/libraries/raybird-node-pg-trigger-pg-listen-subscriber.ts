// Source: raybird/node-pg-trigger — src/server/lib/listener.ts (NotificationListener.connect), reduced by hand, not copied
// Label: safe
// Why: `this.subscriber` is a pg-listen subscriber (its own dedicated Client with reconnects), not a pg pool; nothing is checked out
import createSubscriber from "pg-listen";

export class NotificationListener {
  private subscriber = createSubscriber({ connectionString: process.env.DATABASE_URL });

  public async connect() {
    try {
      await this.subscriber.connect();
      await this.subscriber.listenTo("db_events");
    } catch (e) {
      console.error("connection failed, pg-listen retries", e);
    }
  }
}
