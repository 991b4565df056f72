// A TypeORM runner that falls back on the caller's (src/analysis/lifetime/fallback-runner.ts): `const qr =
// this.queryRunner ?? ds.createQueryRunner()` releases only the runner it made, under `if (!this.queryRunner)`, so
// the test of the caller's runner is a test of whether one is held. Its first connecting call may be an awaited call
// of this file handed the runner (`await this.createMigrationsTableIfNotExist(qr)`). Reduced from TypeORM's MigrationExecutor
// before fa5453b40 and 530d0ac05 (test/realworld/cases/libraries/typeorm-typeorm-*-migration*). Each leak sits next
// to its safe twin; no finding on a runner offers a rewrite.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const notReleased = (created: string, runner: string, what: string, line: number, column: number) => ({
  messageId: "queryRunnerNotReleased" as const,
  data: { created, what, fix: `Call \`${runner}.release()\` in a \`finally\` block` },
  line,
  column,
  suggestions: [],
});

/** MigrationExecutor.showMigrations before fa5453b40, reduced: the setup awaits run before the guarded release. */
const SHOW_MIGRATIONS = `class MigrationExecutor {
  async showMigrations() {
    const queryRunner = this.queryRunner ?? this.dataSource.createQueryRunner();
    await this.createMigrationsTableIfNotExist(queryRunner);
    const executed = await this.loadExecutedMigrations(queryRunner);
    if (!this.queryRunner) {
      await queryRunner.release();
    }
    return executed.length;
  }

  async createMigrationsTableIfNotExist(queryRunner) {
    if (!(await queryRunner.hasTable("migrations"))) await queryRunner.query("CREATE TABLE migrations (id serial)");
  }

  async loadExecutedMigrations(queryRunner) {
    return queryRunner.query("SELECT * FROM migrations ORDER BY id DESC");
  }
}`;

/** MigrationExecutor.undoLastMigration before 530d0ac05, reduced: nothing to revert returns before the release. */
const UNDO_LAST_MIGRATION = `class MigrationExecutor {
  async undoLastMigration() {
    const queryRunner = this.queryRunner || this.connection.createQueryRunner();
    try {
      const executed = await this.loadExecutedMigrations(queryRunner);
      if (executed.length === 0) {
        this.connection.logger.logSchemaBuild("Nothing to revert!");
        return;
      }
      await this.revert(queryRunner, executed[0]);
    } catch (err) {
      if (!this.queryRunner) await queryRunner.release();
      throw err;
    }
    if (!this.queryRunner) await queryRunner.release();
  }

  async createMigrationsTableIfNotExist(queryRunner) {
    if (!(await queryRunner.hasTable("migrations"))) await queryRunner.query("CREATE TABLE migrations (id serial)");
  }

  async loadExecutedMigrations(queryRunner) {
    return queryRunner.query("SELECT * FROM migrations ORDER BY id DESC");
  }
}`;

ruleTester.run("TypeORM runners that fall back on the caller's (no-leaked-client)", rule, {
  valid: [
    {
      name: "showMigrations after the fix: the guarded release in the finally",
      code: `class MigrationExecutor {
  async showMigrations() {
    const queryRunner = this.queryRunner ?? this.dataSource.createQueryRunner();
    try {
      await this.createMigrationsTableIfNotExist(queryRunner);
      const executed = await this.loadExecutedMigrations(queryRunner);
      return executed.length;
    } finally {
      if (!this.queryRunner) {
        await queryRunner.release();
      }
    }
  }

  async createMigrationsTableIfNotExist(queryRunner) {
    if (!(await queryRunner.hasTable("migrations"))) await queryRunner.query("CREATE TABLE migrations (id serial)");
  }

  async loadExecutedMigrations(queryRunner) {
    return queryRunner.query("SELECT * FROM migrations ORDER BY id DESC");
  }
}`,
    },
    {
      name: "the guard skips the release only when the caller gave the runner: connect() that fails holds nothing",
      code: `class Seeder {
  async ping() {
    const queryRunner = this.queryRunner ?? this.dataSource.createQueryRunner();
    await queryRunner.connect();
    if (!this.queryRunner) await queryRunner.release();
  }
}`,
    },
    {
      name: "undoLastMigration with the release before the early return, inside the try",
      code: `class MigrationExecutor {
  async undoLastMigration() {
    const queryRunner = this.queryRunner || this.connection.createQueryRunner();
    try {
      const executed = await this.loadExecutedMigrations(queryRunner);
      if (executed.length === 0) {
        this.connection.logger.logSchemaBuild("Nothing to revert!");
        if (!this.queryRunner) await queryRunner.release();
        return;
      }
      await this.revert(queryRunner, executed[0]);
    } catch (err) {
      if (!this.queryRunner) await queryRunner.release();
      throw err;
    }
    if (!this.queryRunner) await queryRunner.release();
  }

  async createMigrationsTableIfNotExist(queryRunner) {
    if (!(await queryRunner.hasTable("migrations"))) await queryRunner.query("CREATE TABLE migrations (id serial)");
  }

  async loadExecutedMigrations(queryRunner) {
    return queryRunner.query("SELECT * FROM migrations ORDER BY id DESC");
  }
}`,
    },
    {
      name: "a parameter as the caller's runner: released in the finally when this call made it",
      code: `async function count(dataSource, given) {
  const queryRunner = given || dataSource.createQueryRunner();
  try {
    const rows = await queryRunner.query("SELECT count(*) FROM migrations");
    return rows[0].count;
  } finally {
    if (!given) await queryRunner.release();
  }
}`,
    },
    {
      name: "a function that sets the field itself is not followed (the test is no longer the caller's)",
      code: `class MigrationExecutor {
  async prepare() {
    const queryRunner = this.queryRunner ?? this.dataSource.createQueryRunner();
    this.queryRunner = queryRunner;
    await this.createMigrationsTableIfNotExist(queryRunner);
    if (!this.queryRunner) await queryRunner.release();
  }

  async createMigrationsTableIfNotExist(queryRunner) {
    if (!(await queryRunner.hasTable("migrations"))) await queryRunner.query("CREATE TABLE migrations (id serial)");
  }

  async loadExecutedMigrations(queryRunner) {
    return queryRunner.query("SELECT * FROM migrations ORDER BY id DESC");
  }
}`,
    },
    {
      name: "a runner handed first to an awaited function of the file, inside the try whose finally releases",
      code: `async function insert(queryRunner) {
  await queryRunner.query("INSERT INTO seeds DEFAULT VALUES");
}

async function seed(dataSource) {
  const queryRunner = dataSource.createQueryRunner();
  try {
    await insert(queryRunner);
    await queryRunner.query("ANALYZE");
  } finally {
    await queryRunner.release();
  }
}`,
    },
    {
      name: "a function of the file that releases the runner it is handed gives it back: not a lazy connect to follow",
      code: `async function finish(queryRunner) {
  try {
    await queryRunner.query("ANALYZE");
  } finally {
    await queryRunner.release();
  }
}

async function seed(dataSource) {
  const queryRunner = dataSource.createQueryRunner();
  await finish(queryRunner);
  logger.debug(queryRunner.manager.connection.name);
}`,
    },
    {
      name: "a function of another module handed the runner first is not followed (it may release it)",
      code: `import { finish } from "./finish";

async function seed(dataSource) {
  const queryRunner = dataSource.createQueryRunner();
  await finish(queryRunner);
  await queryRunner.release();
}`,
    },
  ],
  invalid: [
    {
      name: "showMigrations before fa5453b40: creating the migrations table fails and the runner made here stays connected",
      code: SHOW_MIGRATIONS,
      errors: [notReleased("this.dataSource.createQueryRunner()", "queryRunner", "it is not released if the call on line 4 throws", 3, 45)],
    },
    {
      name: "undoLastMigration before 530d0ac05: nothing to revert returns without the release",
      code: UNDO_LAST_MIGRATION,
      errors: [notReleased("this.connection.createQueryRunner()", "queryRunner", "it is not released when the `return` on line 8 leaves the function", 3, 45)],
    },
    {
      name: "a parameter as the caller's runner: the guarded release after a query that may fail",
      code: `async function count(dataSource, given) {
  const queryRunner = given || dataSource.createQueryRunner();
  const rows = await queryRunner.query("SELECT count(*) FROM migrations");
  if (!given) await queryRunner.release();
  return rows[0].count;
}`,
      errors: [notReleased("dataSource.createQueryRunner()", "queryRunner", "it is not released if the call on line 3 throws", 2, 32)],
    },
    {
      name: "a runner handed first to an awaited function of the file, released only after it",
      code: `async function insert(queryRunner) {
  await queryRunner.query("INSERT INTO seeds DEFAULT VALUES");
}

async function seed(dataSource) {
  const queryRunner = dataSource.createQueryRunner();
  await insert(queryRunner);
  await queryRunner.query("ANALYZE");
  await queryRunner.release();
}`,
      errors: [notReleased("dataSource.createQueryRunner()", "queryRunner", "it is not released if the call on line 7 throws", 6, 23)],
    },
  ],
});
