// Source: jkcorrea/nestjs-pg-pubsub — lib/pg-pubsub.service.ts (PgPubSubService constructor), reduced by hand, not copied
// Label: safe
// Why: a pg-listen subscriber's connect() (it owns its own dedicated connection), not a pool checkout
import { Inject, Injectable } from "@nestjs/common";
import createPostgresSubscriber, { type Subscriber } from "pg-listen";

export const PG_PUBSUB_OPTIONS = Symbol("PG_PUBSUB_OPTIONS");

@Injectable()
export class PgPubSubService {
  private readonly subscriber: Subscriber;

  constructor(@Inject(PG_PUBSUB_OPTIONS) options: { connectionString: string }) {
    this.subscriber = createPostgresSubscriber(options);
    this.subscriber.connect();
  }

  getSubscriber(): Subscriber {
    return this.subscriber;
  }
}
