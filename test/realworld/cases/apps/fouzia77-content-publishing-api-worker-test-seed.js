// Source: Fouzia77/Content-Publishing-API- — __tests__/worker.test.js (beforeAll), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the jest setup checks out a client and releases it as its last line; a failed insert (or bcrypt) skips the release, and afterAll's `pool.end()` then waits on the held client
const pool = require("../src/db/pool");
const bcrypt = require("bcryptjs");
const { runScheduledPublish } = require("../src/worker/index");

let authorId;
let postId;

beforeAll(async () => {
  const client = await pool.connect();
  let { rows } = await client.query("SELECT id FROM users WHERE email = 'seed@example.com'");
  if (rows.length === 0) {
    const hash = await bcrypt.hash("secret", 10);
    await client.query("INSERT INTO users (email, password_hash) VALUES ('seed@example.com', $1)", [hash]);
    rows = (await client.query("SELECT id FROM users WHERE email = 'seed@example.com'")).rows;
  }
  authorId = rows[0].id;
  const inserted = await client.query(
    "INSERT INTO posts (title, status, author_id, scheduled_for) VALUES ('t', 'scheduled', $1, now() - interval '1 minute') RETURNING id",
    [authorId]
  );
  postId = inserted.rows[0].id;
  client.release();
});

afterAll(async () => {
  await pool.end();
});

test("publishes due posts", async () => {
  await runScheduledPublish();
  const { rows } = await pool.query("SELECT status FROM posts WHERE id = $1", [postId]);
  expect(rows[0].status).toBe("published");
});
