// Source: neondatabase-labs/ai-rules — neon-serverless.mdc (Query Functions: "For session/transaction support or compatibility with libraries"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the rule file an assistant is given shows the session checkout and stops there: the module checks a client out at load time and nothing ever gives it back
import { Pool } from "@neondatabase/serverless";

// For session/transaction support or compatibility with libraries
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const client = await pool.connect();
