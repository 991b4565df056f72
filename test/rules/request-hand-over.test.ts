// A client stored on the request by an Express-style middleware is handed over only when `next()` runs: work after the
// store that throws into a catch answering the request itself strands it (judithsstil-backend's tenant resolver).
// The common hand-overs — store then next(), a catch that passes the error on or releases — stay silent.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const middleware = (afterStore: string, onError: string) =>
  `export const tenant = async (req, res, next) => {\n  try {\n    req.dbClient = await pool.connect();\n${afterStore}\n  } catch (err) {\n${onError}\n  }\n};`;

ruleTester.run("no-leaked-client: clients stored on the request", rule, {
  valid: [
    {
      name: "stored, then next(): the chain owns it",
      code: middleware(`    next();\n    await audit(req);`, `    res.status(500).json({ message: "failed" });`),
    },
    {
      name: "the catch passes the error on with next(err)",
      code: middleware(`    await req.dbClient.query("SET search_path TO app");\n    next();`, `    next(err);`),
    },
    {
      name: "the catch releases the client it stored",
      code: middleware(
        `    await req.dbClient.query("SET search_path TO app");\n    next();`,
        `    req.dbClient?.release();\n    res.status(500).json({ message: "failed" });`,
      ),
    },
    {
      name: "the catch rethrows (Express 5 hands the error on)",
      code: middleware(`    await req.dbClient.query("SET search_path TO app");\n    next();`, `    console.error(err);\n    throw err;`),
    },
    {
      name: "the response releases it when it finishes",
      code: `export const tenant = async (req, res, next) => {\n  try {\n    req.dbClient = await pool.connect();\n    res.on("finish", () => req.dbClient.release());\n    await req.dbClient.query("SET search_path TO app");\n    next();\n  } catch (err) {\n    res.status(500).json({ message: "failed" });\n  }\n};`,
    },
    {
      name: "a handler of two parameters is no middleware whose chain we know",
      code: `export const attach = async (ctx, res) => {\n  try {\n    ctx.dbClient = await pool.connect();\n    await ctx.dbClient.query("SET search_path TO app");\n  } catch (err) {\n    res.status(500).json({ message: "failed" });\n  }\n};`,
    },
  ],
  invalid: [
    {
      name: "an awaited SET after the store, into a catch that answers 500 without next()",
      code: middleware(
        `    await req.dbClient.query(\`SET search_path TO \${req.tenantId}, public\`);\n    next();`,
        `    console.error("tenant resolver error:", err);\n    res.status(500).json({ message: "Tenant resolution failed" });`,
      ),
      errors: [{ messageId: "requestEndedOnThrow", data: { pool: "pool", line: 4, tryLine: 2 }, line: 3, column: 26, suggestions: [] }],
    },
    {
      name: "a call of the app's own after the store, into a catch that sends a status",
      code: middleware(`    loadTenant(req.dbClient, req.headers);\n    return next();`, `    res.sendStatus(500);`),
      errors: [{ messageId: "requestEndedOnThrow", data: { pool: "pool", line: 4, tryLine: 2 }, line: 3, column: 26, suggestions: [] }],
    },
  ],
});
