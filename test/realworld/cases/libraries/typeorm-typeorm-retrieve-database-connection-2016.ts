// Source: typeorm/typeorm — src/driver/PostgresDriver.ts (retrieveDatabaseConnection, at commit 42d3780 "implemented connection pooling for postgres"), reduced by hand, not copied
// Label: hand-over
// Why: the connection is recorded in the driver's `databaseConnectionPool` array with its release callback and resolved to the caller; releaseDatabaseConnection and disconnect call that callback
interface DatabaseConnection {
  id: number;
  connection: any;
  isTransactionActive: boolean;
  releaseCallback?: Function;
}

export class PgDriver2016 {
  pool: any;
  databaseConnectionPool: DatabaseConnection[] = [];

  retrieveDatabaseConnection(): Promise<DatabaseConnection> {
    return new Promise((ok, fail) => {
      this.pool.connect((err: any, connection: any, release: Function) => {
        if (err) {
          fail(err);
          return;
        }
        let dbConnection = this.databaseConnectionPool.find((c) => c.connection === connection);
        if (!dbConnection) {
          dbConnection = { id: this.databaseConnectionPool.length, connection, isTransactionActive: false };
          this.databaseConnectionPool.push(dbConnection);
        }
        dbConnection.releaseCallback = release;
        ok(dbConnection);
      });
    });
  }

  releaseDatabaseConnection(dbConnection: DatabaseConnection): Promise<void> {
    dbConnection.releaseCallback?.();
    return Promise.resolve();
  }
}
