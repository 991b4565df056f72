// Source: heldermariano/Connect_Schappo — src/lib/sse-manager.ts (SSEManager.initRedis), reduced by hand, not copied
// Label: safe
// Why: `redis` is the default export of the project's ioredis module, loaded with a dynamic import; its connect() opens the Redis socket and gives back no pg client
type SSEEvent = { type: string; payload: unknown };

class SSEManager {
  private redisReady = false;

  constructor() {
    this.initRedis();
  }

  private async initRedis(): Promise<void> {
    try {
      const { default: redis } = await import("./redis");
      await redis.connect();
      await redis.subscribe("sse:events");
      redis.on("message", (_channel: string, message: string) => {
        this.localBroadcast(JSON.parse(message) as SSEEvent);
      });
      this.redisReady = true;
    } catch (err) {
      console.warn("[SSE] Redis unavailable, local broadcast only:", (err as Error).message);
      this.redisReady = false;
    }
  }

  private localBroadcast(event: SSEEvent): void {
    console.log(event.type);
  }
}

export const sseManager = new SSEManager();
