// The base class (BasicDatabaseClient.ts in the source): the reserved connections live in a Map keyed by tab.
export abstract class BasicClient<Conn> {
  protected reservedConnections = new Map<number, Conn>();

  protected throwIfHasConnection(tabId: number) {
    if (this.reservedConnections.has(tabId)) {
      throw new Error("Tab has already reserved a connection from the pool");
    }
  }

  protected pushConnection(tabId: number, conn: Conn) {
    this.reservedConnections.set(tabId, conn);
  }

  protected popConnection(tabId: number): Conn | undefined {
    const conn = this.reservedConnections.get(tabId);
    this.reservedConnections.delete(tabId);
    return conn;
  }
}
