// Source: mastodon/mastodon — streaming/index.js at bc066d89 (the block/mute filter in streamFrom's listener), reduced by hand, not copied
// Label: safe
// Why: the checks' query promises are collected and awaited together with `Promise.all(queries)`, whose then and catch both call done() first
const pg = require("pg");
const log = require("npmlog");

const placeholders = (arr, shift = 0) => arr.map((_, i) => `$${i + 1 + shift}`).join(", ");

const startWorker = (pgConfig, subscribe) => {
  const pgPool = new pg.Pool(pgConfig);

  const streamFrom = (ids, req, output) => {
    const listener = (message) => {
      const { event, payload } = JSON.parse(message);
      const transmit = () => output(event, JSON.stringify(payload));
      const targetAccountIds = [payload.account.id].concat(payload.mentions.map((item) => item.id));
      const accountDomain = payload.account.acct.split("@")[1];

      if (!req.accountId) {
        transmit();
        return;
      }

      pgPool.connect((err, client, done) => {
        if (err) {
          log.error(err);
          return;
        }
        const queries = [
          client.query(
            `SELECT 1 FROM blocks WHERE account_id = $1 AND target_account_id IN (${placeholders(targetAccountIds, 1)})`,
            [req.accountId].concat(targetAccountIds),
          ),
        ];
        if (accountDomain) {
          queries.push(client.query("SELECT 1 FROM account_domain_blocks WHERE account_id = $1 AND domain = $2", [req.accountId, accountDomain]));
        }
        Promise.all(queries)
          .then((values) => {
            done();
            if (values[0].rows.length > 0 || (values.length > 1 && values[1].rows.length > 0)) {
              return;
            }
            transmit();
          })
          .catch((err) => {
            done();
            log.error(err);
          });
      });
    };

    ids.forEach((id) => subscribe(id, listener));
    return listener;
  };

  return streamFrom;
};

module.exports = startWorker;
