// Source: typeorm/typeorm — src/cache/RedisQueryResultCache.ts (connect), reduced by hand, not copied
// Label: safe
// Why: a redis client's connect(), not a pg pool checkout
export class RedisCacheSketch {
  protected client: any;

  constructor(private redis: any, private options: { ignoreErrors?: boolean; clientOptions?: object }, private logger: { log(level: string, msg: unknown): void }) {}

  async connect(): Promise<void> {
    this.client = this.redis.createClient(this.options.clientOptions);
    if (this.options.ignoreErrors) {
      this.client.on("error", (err: any) => this.logger.log("warn", err));
    }
    await this.client.connect();
  }
}
