// Source: pvarentsov/nestjs-pg-notify — src/pg-notify/pg-notify.client.ts (PgNotifyClient.connectOnBootstrap), reduced by hand, not copied
// Label: safe
// Why: the NestJS client proxy's pg-listen publisher is connected at bootstrap (errors re-emitted on its event bus) and closed at shutdown; no pool checkout
import { ClientProxy } from "@nestjs/microservices";
import createSubscriber, { type Subscriber as Publisher } from "pg-listen";

export class PgNotifyClient extends ClientProxy {
  private readonly publisher: Publisher;
  private firstConnected = false;

  constructor(options: { connection: object }) {
    super();
    this.publisher = createSubscriber(options.connection);
  }

  public async onApplicationBootstrap(): Promise<void> {
    await this.connectOnBootstrap();
  }

  public async connectOnBootstrap(): Promise<void> {
    try {
      this.firstConnected = true;
      await this.publisher.connect();
    } catch (error) {
      this.firstConnected = false;
      this.publisher.events.emit("error", error as Error);
    }
  }

  public async close(): Promise<void> {
    try {
      await this.publisher.unlistenAll();
      await this.publisher.close();
    } catch (error) {
      this.publisher.events.emit("error", error as Error);
    }
  }
}
