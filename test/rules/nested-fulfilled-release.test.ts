// A release inside a node-style query callback that a `.then` handler starts runs only when that handler does: on the
// promise's fulfilment. With no release on its rejection, the client is kept when it rejects (bajay2/Blackjack-Bot's
// /blackjack command, round eleven). Each invalid case has its valid twin (a release on the rejection too).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HEADER = `const { Pool } = require("pg");
const pool = new Pool();
`;
const NESTED_ONLY = `${HEADER}function play(id, start) {
  pool.connect().then((client) => {
    client.query("select balance from users where id = $1", [id])
      .then((res) => {
        if (res.rows.length === 0) {
          client.query("insert into users (id, balance) values ($1, 1000)", [id], (err) => {
            client.release();
            start(1000);
          });
        } else {
          client.query("select balance from users where id = $1", [id], (err, again) => {
            client.release();
            start(again.rows[0].balance);
          });
        }
      })
      .catch((err) => {
        console.error(err);
      });
  });
}
`;
const NESTED_AND_REJECTED = NESTED_ONLY.replace(
  `      .catch((err) => {
        console.error(err);
      });`,
  `      .catch((err) => {
        console.error(err);
        client.release();
      });`,
);
const TIMER_ONLY = `${HEADER}async function report(load) {
  const client = await pool.connect();
  load().then((rows) => {
    setTimeout(() => {
      client.release();
    }, 10);
  });
}
`;
const TIMER_AND_REJECTED = TIMER_ONLY.replace(
  `    }, 10);
  });`,
  `    }, 10);
  }, () => {
    client.release();
  });`,
);
const ROLLBACK_IN_CATCH = `${HEADER}function save(id) {
  pool.connect().then((client) => {
    client.query("update users set seen = now() where id = $1", [id])
      .then(() => {
        client.query("COMMIT", () => client.release());
      })
      .catch(() => {
        client.query("ROLLBACK", () => client.release());
      });
  });
}
`;

ruleTester.run("no-leaked-client: a release nested in a `.then` handler's callback", rule, {
  valid: [
    { name: "the chain's catch releases too", code: NESTED_AND_REJECTED },
    { name: "the timer's release on fulfilment, a rejection handler's release", code: TIMER_AND_REJECTED },
    { name: "callback releases nested in both the then and the catch", code: ROLLBACK_IN_CATCH },
  ],
  invalid: [
    {
      name: "each branch releases in a query callback inside the then, the catch only logs",
      code: NESTED_ONLY,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 5 }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "released in a timer the then handler starts, nothing on rejection",
      code: TIMER_ONLY,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 5 }, line: 4, column: 24, suggestions: [] }],
    },
  ],
});
