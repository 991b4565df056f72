import type { PoolClient } from "pg";

export default class Connection {
  private disposed = false;

  constructor(private readonly client: PoolClient, private readonly handlers: { onError(err: Error): void }) {}

  async query(text: string): Promise<any[]> {
    if (this.disposed) throw new Error("The connection has gone back to the pool");
    const { rows } = await this.client.query(text);
    return rows;
  }

  dispose(): void {
    this.disposed = true;
  }
}
