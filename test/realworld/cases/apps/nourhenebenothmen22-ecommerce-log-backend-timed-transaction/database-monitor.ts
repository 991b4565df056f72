import type { Pool } from "pg";

export function monitorPool(pool: Pool): void {
  pool.on("acquire", () => console.debug("Pool: client acquired"));
  pool.on("release", () => console.debug("Pool: client released"));
  pool.on("error", (err: Error) => console.error("Pool: idle client error", err));
}
