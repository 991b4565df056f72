// A rejection handler nested in a `.then` handler runs only when that outer promise fulfils: its release does not
// cover the outer promise's rejection. meltzwho/Peddle's addToCart at 3b1634d put an un-returned, catch-less SELECT in
// front of queries that release in both their handlers; a failed SELECT reaches none of them (corpus-33a, the
// eighteenth "leaks people reported" round). Each invalid case has its valid twin (the outer rejection handled too).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HEADER = `const { Pool } = require("pg");
const pool = new Pool();
`;
const INNER_BOTH_OUTER_NONE = `${HEADER}function addToCart(listingId, quantity) {
  return pool.connect().then((client) => {
    client.query("select quantity from cart where id = $1", [listingId])
      .then((results) => {
        if (results.rows.length === 0) {
          return client.query("insert into cart (id, quantity) values ($1, $2)", [listingId, quantity])
            .then(() => client.release())
            .catch(() => client.release());
        }
        return client.query("update cart set quantity = quantity + $1 where id = $2", [quantity, listingId])
          .then(() => client.release(), () => client.release());
      });
  });
}
`;
const INNER_BOTH_OUTER_CATCH = INNER_BOTH_OUTER_NONE.replace(
  `          .then(() => client.release(), () => client.release());
      });`,
  `          .then(() => client.release(), () => client.release());
      })
      .catch(() => client.release());`,
);
const AWAITED_FINALLY_INSIDE_THEN = `${HEADER}async function refresh(load) {
  const client = await pool.connect();
  load().then((rows) => {
    client.query("insert into cache select * from unnest($1::text[])", [rows]).finally(() => client.release());
  });
}
`;
const AWAITED_FINALLY_INSIDE_THEN_HANDLED = AWAITED_FINALLY_INSIDE_THEN.replace(
  `.finally(() => client.release());
  });`,
  `.finally(() => client.release());
  }, () => client.release());`,
);
const CATCH_INSIDE_CATCH = `${HEADER}function touch(id) {
  pool.connect().then((client) => {
    client.query("update users set seen = now() where id = $1", [id])
      .then(() => client.release())
      .catch(() => {
        client.query("insert into failures (id) values ($1)", [id]).catch(() => {}).finally(() => client.release());
      });
  });
}
`;

ruleTester.run("no-leaked-client: a rejection handler's release inside a `.then` handler", rule, {
  valid: [
    { name: "the outer query's rejection releases too", code: INNER_BOTH_OUTER_CATCH },
    { name: "a finally inside the then, the outer rejection handled", code: AWAITED_FINALLY_INSIDE_THEN_HANDLED },
    { name: "a finally inside the outer catch, a release in the then", code: CATCH_INSIDE_CATCH },
  ],
  invalid: [
    {
      name: "both inner queries release on both outcomes, the outer SELECT's rejection on none",
      code: INNER_BOTH_OUTER_NONE,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 5 }, line: 4, column: 10, suggestions: [] }],
    },
    {
      name: "a finally release inside a then whose promise may reject",
      code: AWAITED_FINALLY_INSIDE_THEN,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 5 }, line: 4, column: 24, suggestions: [] }],
    },
  ],
});
