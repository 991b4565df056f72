export const logger = {
  warn: (msg: string, meta?: unknown) => console.warn(msg, meta),
};

export function getErrorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
