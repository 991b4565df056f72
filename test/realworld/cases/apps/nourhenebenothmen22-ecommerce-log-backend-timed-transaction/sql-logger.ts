export function logTransaction(action: "BEGIN" | "COMMIT" | "ROLLBACK", durationMs?: number): void {
  console.debug(`[sql] ${action}`, durationMs === undefined ? "" : `${durationMs}ms`);
}
