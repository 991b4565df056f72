// Source: Skalar/ddes — packages/@ddes/postgres/lib/PostgresListener.ts (PostgresListener.connect), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN connection is checked out into `this.connection` and kept for the listener's life; handleDisconnect (on end, error, a failed health check or end()) releases it and schedules a reconnect
// (its `connect` method is called `open` here: a case has one connect() call)
import { EventEmitter } from "stream";
import { Pool, PoolClient } from "pg";

export class PostgresListener extends EventEmitter {
  protected connection?: PoolClient;
  protected ended = false;
  protected reconnectTimer?: NodeJS.Timeout;
  protected healthCheckTimer?: NodeJS.Timeout;

  constructor(protected pool: Pool, protected reconnectDelay = 2, protected healthCheckInterval = 30) {
    super();
    this.open();
  }

  public end() {
    this.ended = true;
    this.handleDisconnect();
  }

  protected async open() {
    this.reconnectTimer = undefined;
    if (this.ended) return;

    try {
      this.connection = await this.pool?.connect();
    } catch (error) {
      this.emit("connectionError", error);
      this.handleDisconnect();
      return;
    }

    this.connection.on("notification", (msg) => this.emit(msg.channel, msg.payload));
    this.connection.on("end", () => this.handleDisconnect());
    this.connection.on("error", (error) => {
      this.emit("connectionError", error);
      this.handleDisconnect();
    });

    if (this.healthCheckInterval) {
      this.healthCheckTimer = setInterval(() => this.verifyConnectionHealth(), this.healthCheckInterval * 1000);
    }

    try {
      await Promise.all(
        this.eventNames()
          .filter((name) => name !== "error")
          .map((name) => this.connection?.query(`LISTEN "${name.toString()}"`)),
      );
    } catch (error) {
      this.handleDisconnect();
    }
  }

  protected async verifyConnectionHealth() {
    if (!this.connection) throw new Error("Trying to verify connection health when no connection");
    try {
      await this.connection.query("SELECT pg_backend_pid()");
    } catch (error) {
      this.emit("connectionError", new Error(`Postgres connection health check failed: ${error}`));
      this.handleDisconnect();
    }
  }

  protected handleDisconnect() {
    if (this.healthCheckTimer) clearInterval(this.healthCheckTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.connection) {
      try {
        this.connection.release();
      } catch {
        // already released
      }
    }
    this.connection = undefined;
    if (!this.ended && this.reconnectDelay) {
      this.reconnectTimer = setTimeout(() => this.open(), this.reconnectDelay);
    }
  }
}
