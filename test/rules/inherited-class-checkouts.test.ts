// A checkout through a method a class inherits from a base class in another module of the project
// (maximecloarec/Classroom: `class UserRepository extends AbstractRepository`, whose getClient() returns
// `await this.pool.connect()` on the pool its constructor takes from `require("./db").dbPool`). The base module need
// not import pg: its `this.pool` is known as pg's when every value the class gives it is a pool another local module
// exports. One level of `extends`; a subclass that declares the method itself, a base whose pool is a constructor
// parameter or is also given something else, and a `this` that is not the instance stay silent.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-inherited-class-checkouts-");

write("db.js", `const { Pool } = require("pg");\nconst dbPool = new Pool();\nmodule.exports = { dbPool };\n`);
// The base class of the Classroom repositories: no pg import, its pool set from ./db's export in the constructor.
write(
  "AbstractRepository.js",
  `const { dbPool } = require("./db");\nclass AbstractRepository {\n  constructor() {\n    this.pool = dbPool;\n  }\n  async getClient() {\n    return await this.pool.connect();\n  }\n}\nmodule.exports = AbstractRepository;\n`,
);
// The same in an ES module, the pool a field initialiser.
write("base.ts", `import { dbPool } from "./db.js";\nexport class Base {\n  private pool = dbPool;\n  getClient() {\n    return this.pool.connect();\n  }\n}\n`);
// A base around whatever client it is given (a queue's, a cache's): the same shape, no evidence it is pg's.
write(
  "GivenBase.js",
  `class GivenBase {\n  constructor(client) {\n    this.pool = client;\n  }\n  getClient() {\n    return this.pool.connect();\n  }\n}\nmodule.exports = GivenBase;\n`,
);
// A base whose pool is ./db's, until a setter replaces it with anything.
write(
  "SwappableBase.js",
  `const { dbPool } = require("./db");\nclass SwappableBase {\n  constructor() {\n    this.pool = dbPool;\n  }\n  usePool(other) {\n    this.pool = other;\n  }\n  getClient() {\n    return this.pool.connect();\n  }\n}\nmodule.exports = SwappableBase;\n`,
);

const at = (name = "entry.js") => path.join(root, name);
/** A repository extending `base` (required as `AbstractRepository`) whose `find()` runs `body` after `this.getClient()`. */
const SUBCLASS = (base: string, body: string, members = "") =>
  `const AbstractRepository = require("./${base}");\nclass UserRepository extends AbstractRepository {\n${members}  async find(id) {\n    const client = await this.getClient();\n${body}  }\n}\nmodule.exports = new UserRepository();\n`;
const NEVER_RELEASED = `    try {\n      return (await client.query("SELECT * FROM users WHERE id = $1", [id])).rows[0];\n    } catch (err) {\n      console.error(err.stack);\n    }\n`;
const RELEASED_IN_FINALLY = `    try {\n      return (await client.query("SELECT * FROM users WHERE id = $1", [id])).rows[0];\n    } finally {\n      client.release();\n    }\n`;

ruleTester.run("no-leaked-client: a checkout through a method inherited from a base class in another module", rule, {
  valid: [
    {
      name: "the inherited checkout released in a finally (Classroom's LessonRepository.findByTitle)",
      code: SUBCLASS("AbstractRepository", RELEASED_IN_FINALLY),
      filename: at(),
    },
    {
      name: "a subclass that declares getClient itself: the base's method does not run",
      code: SUBCLASS("AbstractRepository", NEVER_RELEASED, `  async getClient() {\n    return this.session;\n  }\n`),
      filename: at(),
    },
    {
      name: "a base whose pool is whatever its constructor is given: nothing says it is pg's",
      code: SUBCLASS("GivenBase", NEVER_RELEASED),
      filename: at(),
    },
    {
      name: "a base whose pool a setter may replace with anything",
      code: SUBCLASS("SwappableBase", NEVER_RELEASED),
      filename: at(),
    },
    {
      name: "`this` of a nested function is not the repository",
      code: `const AbstractRepository = require("./AbstractRepository");\nclass UserRepository extends AbstractRepository {\n  find(id) {\n    return new Promise(function (resolve) {\n      resolve(this.run(id));\n    });\n  }\n  run() {\n    return async function () {\n      const client = await this.getClient();\n      return (await client.query("SELECT 1")).rows;\n    };\n  }\n}\nmodule.exports = UserRepository;\n`,
      filename: at(),
    },
  ],
  invalid: [
    {
      name: "never released: the catch only logs (Classroom's UserRepository.modifyUser)",
      code: SUBCLASS("AbstractRepository", NEVER_RELEASED),
      filename: at(),
      errors: [{ messageId: "helperNeverReleased", line: 4, column: 26, suggestions: [] }],
    },
    {
      name: "an ES module base whose pool is a field initialiser, released after a query that may throw",
      code: `import { Base } from "./base.js";\nexport class Users extends Base {\n  async count(): Promise<number> {\n    const client = await this.getClient();\n    const { rows } = await client.query("SELECT count(*) FROM users");\n    client.release();\n    return rows[0].count;\n  }\n}\n`,
      filename: at("entry.ts"),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 4, column: 26, suggestions: [] }],
    },
    {
      name: "the same base class kept in a field: its module need not import pg either",
      code: `const AbstractRepository = require("./AbstractRepository");\nclass Service {\n  constructor() {\n    this.repository = new AbstractRepository();\n  }\n  async find(id) {\n    const client = await this.repository.getClient();\n    return (await client.query("SELECT * FROM users WHERE id = $1", [id])).rows[0];\n  }\n}\nmodule.exports = Service;\n`,
      filename: at(),
      errors: [{ messageId: "helperNeverReleased", line: 7, column: 26, suggestions: [] }],
    },
  ],
});
