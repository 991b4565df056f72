// Source: Haroldwonder/SwiftRemit — api/src/__tests__/websocket.test.ts at 974adc70 ('rejects connection with no token'), reduced by hand, not copied
// Label: safe
// Why: `client` is a socket.io-client Socket made with `autoConnect: false`; its `client.connect()` opens the websocket, not a pg checkout, and the rejected connection is never disconnected on purpose
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createServer, Server as HttpServer } from "http";
import { io as ioc, Socket as ClientSocket } from "socket.io-client";
import { initWebSocket, closeWebSocket } from "../websocket";
import { createApp } from "../app";

function connectClient(port: number, token?: string): ClientSocket {
  return ioc(`http://localhost:${port}`, {
    auth: token ? { token } : undefined,
    transports: ["websocket"],
    autoConnect: false,
    reconnection: false,
  });
}

describe("WebSocket server", () => {
  let httpServer: HttpServer;
  let port: number;

  beforeAll(async () => {
    httpServer = createServer(createApp());
    initWebSocket(httpServer);
    await new Promise<void>((resolve) => httpServer.listen(0, resolve));
    port = (httpServer.address() as { port: number }).port;
  });

  afterAll(async () => {
    closeWebSocket();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  });

  it("rejects connection with no token", async () => {
    const client = connectClient(port);
    client.connect();

    const err = await new Promise<Error>((resolve) => {
      client.once("connect_error", resolve);
    });

    expect(err.message).toMatch(/401/);
    expect(client.connected).toBe(false);
  });
});
