// In a `.then` callback holding the client, a call that throws at once (a hashing helper of the same file that throws
// on a missing password) is said to throw, with the line of the call; an awaited promise is still said to reject.
// Each invalid case has its valid twin (the same work inside a try whose finally releases).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HEADER = `const { Pool } = require("pg");
const crypto = require("crypto");
const pool = new Pool();
function hash(password) {
  if (!password) throw new Error("no password");
  return crypto.createHash("sha256").update(password).digest("hex");
}
`;
const SYNC_THROW = `${HEADER}function createUser(name, password, cb) {
  pool.connect().then((client) => {
    const digest = hash(password);
    client.query("INSERT INTO users VALUES ($1, $2)", [name, digest], (err) => {
      client.release();
      cb(err);
    });
  });
}
`;
const SYNC_THROW_IN_TRY = `${HEADER}function createUser(name, password, cb) {
  pool.connect().then((client) => {
    let digest;
    try {
      digest = hash(password);
    } catch (err) {
      client.release();
      return cb(err);
    }
    client.query("INSERT INTO users VALUES ($1, $2)", [name, digest], (err) => {
      client.release();
      cb(err);
    });
  });
}
`;
const AWAITED = `${HEADER}function createUser(name, password) {
  return pool.connect().then(async (client) => {
    await client.query("INSERT INTO users VALUES ($1, $2)", [name, hash(password)]);
    client.release();
  });
}
`;
const AWAITED_IN_TRY = `${HEADER}function createUser(name, password) {
  return pool.connect().then(async (client) => {
    try {
      await client.query("INSERT INTO users VALUES ($1, $2)", [name, hash(password)]);
    } finally {
      client.release();
    }
  });
}
`;

ruleTester.run("no-leaked-client: a call that throws at once in a `.then` callback", rule, {
  valid: [
    { name: "the helper's throw caught, the client released before the callback", code: SYNC_THROW_IN_TRY },
    { name: "awaited in a try whose finally releases", code: AWAITED_IN_TRY },
  ],
  invalid: [
    {
      name: "a hashing helper of the file throws before the query: the call throws, no promise rejects",
      code: SYNC_THROW,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 10 }, line: 9, column: 3, suggestions: [] }],
    },
    {
      name: "an awaited query rejects: the promise is named",
      code: AWAITED,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 10 }, line: 9, column: 10, suggestions: [] }],
    },
  ],
});
