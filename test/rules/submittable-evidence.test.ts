// no-leaked-client: a client that runs a pg-cursor or pg-query-stream submittable is a pg pool client whatever its
// receiver is called, so a checkout nothing releases is reported (betagouv/preuve-covoiturage's searchWithCursor
// before "fix: release pool connection after cursor usage"). Its twins: the fix, which returns the reader with the
// client's own release (wrapping functions with bind/promisify is no throw point before that hand-over), a
// release in finally, and submittables of other packages, which say nothing about the receiver.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A repository method on a receiver with no pool evidence; `tail` ends the method after the cursor is made. */
const searchWithCursor = (cursorImport: string, tail: string) => `${cursorImport}
import { promisify } from "util";
export class TripRepository {
  constructor(connection) { this.connection = connection; }
  async searchWithCursor(text, values) {
    const db = await this.connection.getClient().connect();
    const cursor = db.query(new Cursor(text, values));
${tail}
  }
}`;

const RETURNS_READER_ONLY = "    return promisify(cursor.read.bind(cursor));";
const RETURNS_READER_AND_RELEASE = "    return { read: promisify(cursor.read.bind(cursor)), release: db.release };";

ruleTester.run("submittable evidence (no-leaked-client)", rule, {
  valid: [
    {
      name: "the fix: the reader is returned with the client's release (bind and promisify do not throw)",
      code: searchWithCursor('import Cursor from "pg-cursor";', RETURNS_READER_AND_RELEASE),
    },
    {
      name: "a cursor held in a const and released in finally",
      code: `const Cursor = require("pg-cursor");
async function exportAll(ctx, sql) {
  const client = await ctx.db.connect();
  try {
    const cursor = new Cursor(sql);
    client.query(cursor);
    return await cursor.read(100);
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "a submittable of another package says nothing about the receiver",
      code: searchWithCursor('import Cursor from "./my-cursor";', RETURNS_READER_ONLY),
    },
    {
      name: "a query given plain text says nothing about the receiver",
      code: `async function f(ctx) {\n  const c = await ctx.db.connect();\n  await c.query("SELECT 1");\n}`,
    },
  ],
  invalid: [
    {
      name: "before the fix: only the reader is returned, so nothing can release the client",
      code: searchWithCursor('import Cursor from "pg-cursor";', RETURNS_READER_ONLY),
      errors: [{ messageId: "neverReleased", data: { pool: "this.connection.getClient()" }, line: 6, column: 22, suggestions: [] }],
    },
    {
      name: "a pg-query-stream required and held in a const, run on a client nobody releases",
      code: `const QueryStream = require("pg-query-stream");
async function exportAll(ctx, sql, out) {
  const client = await ctx.db.connect();
  const stream = new QueryStream(sql);
  client.query(stream).pipe(out);
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "ctx.db" }, line: 3, column: 24, suggestions: [] }],
    },
  ],
});
