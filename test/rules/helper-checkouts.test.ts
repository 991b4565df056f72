// A function of the same file that checks a client out and returns it (n1c0re/BoatDealer's startConnection,
// JandersonRasseli/jhrnode's connect): each awaited call of it is a checkout its caller must release. The helper is
// judged by what it returns — the checkout, or null/undefined when it gave up — never by its name.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const START_CONNECTION = `async function startConnection() {\n  try {\n    const client = await pool.connect();\n    return client;\n  } catch (error) {\n    console.error(error);\n    throw error;\n  }\n}\n`;
const CHECK_LOGIN = (tail: string) =>
  `${START_CONNECTION}async function checkLogin(login) {\n  const client = await startConnection();\n${tail}}\n`;

ruleTester.run("no-leaked-client: a checkout through a helper of the same file", rule, {
  valid: [
    {
      name: "the helper's client released in a finally",
      code: CHECK_LOGIN(`  try {\n    return (await client.query("SELECT 1 FROM users WHERE login = $1", [login])).rows;\n  } finally {\n    client.release();\n  }\n`),
    },
    {
      name: "a helper that may return something else than the checkout is not followed",
      code: `let cached;\nasync function getClient() {\n  if (cached) return cached;\n  return pool.connect();\n}\nasync function f() {\n  const client = await getClient();\n  await client.query("SELECT 1");\n}\n`,
    },
    {
      name: "a helper whose other return is written `return(cached)`, right after its test, is not followed",
      code: `let cached;\nasync function getClient() {\n  if (cached) return(cached);\n  const client = await pool.connect();\n  return client;\n}\nasync function f() {\n  const client = await getClient();\n  await client.query("SELECT 1");\n}\n`,
    },
    {
      name: "a helper memoising one checkout in a module variable lends it to every caller (MatthewMakesMagic/poly)",
      code: `let writeClient = null;\nasync function getWriteClient() {\n  if (!writeClient) {\n    writeClient = await pool.connect();\n    await writeClient.query("SET default_transaction_read_only = off");\n  }\n  return writeClient;\n}\nasync function writeQuery(text, params) {\n  const client = await getWriteClient();\n  return client.query(text, params);\n}\n`,
    },
    {
      name: "a helper returning a fresh checkout or the one it memoises outside itself is not followed",
      code: `let shared = null;\nasync function getClient(fresh) {\n  if (fresh) return freshPool.connect();\n  if (!shared) shared = await sharedPool.connect();\n  return shared;\n}\nexport async function f() {\n  const c = await getClient(true);\n  await c.query("SELECT 1");\n}\n`,
    },
    {
      name: "the helper's result handed over again",
      code: `const getClient = () => pool.connect();\nexport async function borrow() {\n  const client = await getClient();\n  return client;\n}\n`,
    },
    {
      name: "a bare call of a same-file function that releases its own checkout (it returns no client)",
      code: `async function aquecer() {\n  const cliente = await pool.connect();\n  cliente.release();\n}\naquecer();\n`,
    },
    {
      name: "a checkout helper's promise kept in an exported binding: its importer owns the client",
      code: `async function connect() {\n  const client = await pool.connect();\n  return client;\n}\nexport const pronto = connect();\n`,
    },
  ],
  invalid: [
    {
      name: "released after a query that may throw (n1c0re/BoatDealer's checkLogin)",
      code: CHECK_LOGIN(`  const result = await client.query("SELECT 1 FROM users WHERE login = $1", [login]);\n  client.release();\n  return result.rows;\n`),
      errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "startConnection()", line: 12 }, line: 11, column: 24, suggestions: [] }],
    },
    {
      name: "a helper returning `pool.connect()` itself, its client never released (JandersonRasseli/jhrnode)",
      code: `async function connect() {\n  global.connection = pool;\n  return pool.connect();\n}\nasync function selectCustomers() {\n  const client = await connect();\n  const res = await client.query("SELECT * FROM clientes");\n  return res.rows;\n}\n`,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "connect()" }, line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "a helper returning the checkout of one pool or of another: either is a fresh client",
      code: `async function getClient(write) {\n  if (write) return writePool.connect();\n  return readPool.connect();\n}\nexport async function f() {\n  const c = await getClient(true);\n  await c.query("SELECT 1");\n}\n`,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "getClient(true)" }, line: 6, column: 19, suggestions: [] }],
    },
    {
      name: "a helper that says return in a comment, a string and a name, and whose callback returns its own value",
      code: `async function getClient() {\n  // return the pool's client, or throw\n  const returned = "return";\n  const ids = [1].map((id) => { return id; });\n  const client = await pool.connect();\n  return client;\n}\nexport async function f() {\n  const c = await getClient();\n  await c.query("SELECT 1");\n}\n`,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "getClient()" }, line: 9, column: 19, suggestions: [] }],
    },
    {
      name: "an arrow helper, and a helper giving up with null: both calls never released",
      code: `const getClient = async () => await pool.connect();\nasync function tryClient() {\n  try {\n    client = await pool.connect();\n    return client;\n  } catch (err) {\n    return null;\n  }\n}\nexport async function f() {\n  const a = await getClient();\n  const b = await tryClient();\n  await a.query("SELECT 1");\n  await b.query("SELECT 1");\n}\n`,
      errors: [
        { messageId: "helperNeverReleased", data: { checkout: "getClient()" }, line: 11, column: 19, suggestions: [] },
        { messageId: "helperNeverReleased", data: { checkout: "tryClient()" }, line: 12, column: 19, suggestions: [] },
      ],
    },
    {
      name: "a helper assigning the checkout to its own variable is still followed: each call is a fresh checkout",
      code: `async function getClient() {\n  let client;\n  client = await pool.connect();\n  return client;\n}\nexport async function f() {\n  const c = await getClient();\n  await c.query("SELECT 1");\n}\n`,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "getClient()" }, line: 7, column: 19, suggestions: [] }],
    },
    {
      name: "a checkout helper called as a bare statement drops its client (manfre3d/AiPocondriaco's db.js)",
      code: `async function connect() {\n  try {\n    const client = await pool.connect();\n    return client;\n  } catch (error) {\n    // errori soppressi\n  }\n}\nconnect();\nmodule.exports = { connect };\n`,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "connect()" }, line: 9, column: 1, suggestions: [] }],
    },
    {
      name: "an arrow checkout helper called as a bare statement inside a function",
      code: `const prendiClient = () => pool.connect();\nexport function avvia() {\n  prendiClient();\n  return true;\n}\n`,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "prendiClient()" }, line: 3, column: 3, suggestions: [] }],
    },
  ],
});
