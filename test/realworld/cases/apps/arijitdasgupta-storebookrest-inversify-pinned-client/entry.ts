// Source: arijitdasgupta/StoreBookREST — src/db/PostgresClient.ts at 15137fd (PostgresClient constructor), reduced by hand, not copied
// Label: hand-over
// Why: InversifyJS injects the PostgreSQLPool bound with `toConstantValue(new PostgreSQLPool(url))`; each PostgresClient (bound transient, one per singleton repository) checks a client out and keeps it on `this.dbClient` — resolved through `clientConnectionPromise` to the repository that queries on it for the life of the process, a pinned connection by design
import { inject, injectable } from "inversify";
import { Client } from "pg";
import { PostgreSQLPool } from "./PostgreSQLPool";

const TYPES = { PostgreSQLPool: Symbol("PostgreSQLPool") };

@injectable()
export class PostgresClient {
  dbClient: Client;
  clientConnectionPromise: Promise<Client>;

  constructor(@inject(TYPES.PostgreSQLPool) postgreSQLPool: PostgreSQLPool) {
    this.clientConnectionPromise = postgreSQLPool.pool.connect().then((client) => {
      this.dbClient = client;
      return client;
    });
  }
}
