// Source: emangor/boilerplate-typescript-express-postgres — src/utils/dbUtil.ts at ba1e44e^ (getTransaction, the callback form before "replace callbacks with async await"), reduced by hand, not copied
// Label: hand-over
// Why: a failed BEGIN calls `done()` before reporting the error; after BEGIN the client and its `done` go to the caller's callback, which owns the COMMIT/ROLLBACK and the release (the async rewrite at ba1e44e lost the release on a failed BEGIN)
import * as pg from "pg";
import config = require("./../config");
import logger = require("./../utils/logger");

const pool = new pg.Pool({
    user: config.db.user,
    database: config.db.database,
    password: config.db.password,
    host: config.db.host,
    port: config.db.port,
    max: config.db.max,
});

pool.on("error", function (err: Error, client: pg.Client) {
    logger.error(`idle client error, ${err.message} | ${err.stack}`);
});

/*
 * Retrieve a SQL client with transaction from connection pool. If the client is valid, either
 * COMMIT or ROLLBACK needs to be called at the end before releasing the connection back to pool.
 */
export const getTransaction = (callback: Function) => {
    logger.debug(`getTransaction()`);
    pool.connect((err: Error, client: pg.Client, done: any) => {
        logger.debug(`getTransaction() | pool.connect()`);
        if (err) {
            logger.error(`getTransaction() failed: ${err}`);
            callback(err);
        } else {
            client.query("BEGIN", (err) => {
                if (err) {
                    done();
                    callback(err);
                } else {
                    callback(null, client, done);
                }
            });
        }
    });
};
