// Source: acro5piano/graphql-pg-listen-subscriptions — src/PgPubsub.ts (PgPubSub.connect), reduced by hand, not copied
// Label: safe
// Why: the GraphQL pub/sub's pg-listen subscriber (made from a connection string, or the caller's) is connected un-awaited and closed by close(); no pool checkout
import createSubscriber, { type Subscriber } from "pg-listen";

export class PgPubSub {
  private subscriber: Subscriber;
  private currentSubscriptionId = 0;

  constructor(subscriberOrString: Subscriber | string) {
    if (typeof subscriberOrString === "string") {
      this.subscriber = createSubscriber({ connectionString: subscriberOrString });
    } else {
      this.subscriber = subscriberOrString;
    }
  }

  async connect() {
    this.subscriber.connect();
  }

  async close() {
    this.subscriber.close();
  }

  async publish(subject: string, payload: any) {
    await this.subscriber.notify(subject, payload);
  }
}
