// Source: kartava/nestjs-pgkit — lib/pgkit-core.module.ts (createClientFactory), reduced by hand, not copied
// Label: safe
// Why: `dbClient.connect(handler)` is @pgkit/client's connect-with-callback, which acquires, runs the handler and releases by itself
import { createClient, type Client } from "@pgkit/client";
import { defer, lastValueFrom } from "rxjs";
import { retry } from "rxjs/operators";

export async function createClientFactory(options: { connectionUri: string; retryAttempts?: number }): Promise<Client> {
  return await lastValueFrom(
    defer(async () => {
      const dbClient = createClient(options.connectionUri);
      await dbClient.connect(() => Promise.resolve());
      return dbClient;
    }).pipe(retry(options.retryAttempts ?? 3)),
  );
}
