// Reduced by hand from Straits-AI/managed-agents-runtime — src/harness/invocationAbort.ts (invocationAbortFence), not copied.
import type { EventEmitter } from 'node:events';

export function invocationAbortFence(
  client: Pick<EventEmitter, 'once' | 'removeListener'>,
  parent: AbortSignal,
): { signal: AbortSignal; clientLost(): boolean; dispose(): void } {
  const controller = new AbortController();
  let lost = false;
  const abortFromParent = () => controller.abort(parent.reason);
  const abortFromClient = (reason?: unknown) => {
    lost = true;
    controller.abort(reason ?? new Error('session lost'));
  };
  parent.addEventListener('abort', abortFromParent, { once: true });
  client.once('error', abortFromClient);
  client.once('end', abortFromClient);
  if (parent.aborted) abortFromParent();

  return {
    signal: controller.signal,
    clientLost: () => lost,
    dispose() {
      parent.removeEventListener('abort', abortFromParent);
      client.removeListener('error', abortFromClient);
      client.removeListener('end', abortFromClient);
    },
  };
}
