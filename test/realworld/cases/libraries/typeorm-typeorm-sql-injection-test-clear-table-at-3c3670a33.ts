// Source: typeorm/typeorm — test/functional/query-runner/sql-injection/sql-injection.test.ts at 3c3670a33 (the clearTable case, "fix(test): release query runners in finally blocks"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix moved the integrity assertion into the finally but kept it before the release: when the assertion throws, the finally ends there and the runner is never released
import { expect } from "chai";
import type { DataSource } from "../../../../src/data-source/DataSource";

declare const dataSources: DataSource[];
declare const maliciousInputs: string[];

function verifyIntegrity(dataSource: DataSource) {
  return async () => {
    const count = await dataSource.getRepository("Post").count();
    expect(count).to.equal(2);
  };
}

describe("query runner > sql injection > clearTable", () => {
  for (const malicious of maliciousInputs) {
    it(`should prevent injection with: ${malicious}`, () =>
      Promise.all(
        dataSources.map(async (dataSource) => {
          if (dataSource.driver.options.type === "mongodb") return;

          const queryRunner = dataSource.createQueryRunner();
          try {
            await queryRunner.clearTable(malicious);
          } catch {
            // expected to throw on invalid table name
          } finally {
            await verifyIntegrity(dataSource)();
            await queryRunner.release();
          }
        }),
      ));
  }
});
