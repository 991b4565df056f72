// The base class of the case's client: pushConnection refuses a tab that already holds a connection.
export abstract class BasicClient<Conn> {
  protected reservedConnections = new Map<number, Conn>();

  protected pushConnection(tabId: number, conn: Conn) {
    if (this.reservedConnections.has(tabId)) {
      throw new Error("Tab has already reserved a connection from the pool");
    }
    this.reservedConnections.set(tabId, conn);
  }

  protected popConnection(tabId: number): Conn | undefined {
    const conn = this.reservedConnections.get(tabId);
    this.reservedConnections.delete(tabId);
    return conn;
  }
}
