// Source: bytebase/dbhub — src/connectors/postgres/index.ts (PostgresConnector.executeSQL), reduced by hand, not copied
// Label: safe
// Why: everything after the checkout runs in the outer try whose finally releases; the read-only single statement and the multi-statement batch each open a transaction whose catch makes a best-effort ROLLBACK and rethrows
import pg from "pg";

declare function splitSQLStatements(sql: string, dialect: string): string[];
declare const SQLRowLimiter: {
  applyMaxRowsWithTruncationProbe(sql: string, maxRows?: number): { sql: string; probeApplied: boolean };
  flagTruncation(resultSet: object, maxRows: number | undefined, probeApplied: boolean): void;
};

interface SQLResultSet {
  sql: string;
  rows: unknown[];
  rowCount: number;
}

export class PostgresConnector {
  private pool: pg.Pool | null = null;

  async executeSQL(sql: string, options: { readonly?: boolean; maxRows?: number }, parameters?: any[]): Promise<{ resultSets: SQLResultSet[] }> {
    if (!this.pool) {
      throw new Error("Not connected to database");
    }

    const client = await this.pool.connect();
    try {
      const statements = splitSQLStatements(sql, "postgres");
      if (statements.length === 1) {
        const { sql: processedStatement, probeApplied } = SQLRowLimiter.applyMaxRowsWithTruncationProbe(statements[0], options.maxRows);
        if (options.readonly) {
          await client.query("BEGIN READ ONLY");
          try {
            const result = parameters && parameters.length > 0 ? await client.query(processedStatement, parameters) : await client.query(processedStatement);
            await client.query("COMMIT");
            const resultSet: SQLResultSet = { sql: statements[0], rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
            SQLRowLimiter.flagTruncation(resultSet, options.maxRows, probeApplied);
            return { resultSets: [resultSet] };
          } catch (error) {
            try {
              await client.query("ROLLBACK");
            } catch {
              // the original error is more useful
            }
            throw error;
          }
        }
        const result = parameters && parameters.length > 0 ? await client.query(processedStatement, parameters) : await client.query(processedStatement);
        const resultSet: SQLResultSet = { sql: statements[0], rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
        SQLRowLimiter.flagTruncation(resultSet, options.maxRows, probeApplied);
        return { resultSets: [resultSet] };
      } else {
        if (parameters && parameters.length > 0) {
          throw new Error("Parameters are not supported for multi-statement queries in PostgreSQL");
        }
        const resultSets: SQLResultSet[] = [];
        await client.query(options.readonly ? "BEGIN READ ONLY" : "BEGIN");
        try {
          for (const statement of statements) {
            const { sql: processedStatement, probeApplied } = SQLRowLimiter.applyMaxRowsWithTruncationProbe(statement, options.maxRows);
            const result = await client.query(processedStatement);
            const resultSet: SQLResultSet = { sql: statement, rows: result.rows ?? [], rowCount: result.rowCount ?? result.rows?.length ?? 0 };
            SQLRowLimiter.flagTruncation(resultSet, options.maxRows, probeApplied);
            resultSets.push(resultSet);
          }
          await client.query("COMMIT");
        } catch (error) {
          try {
            await client.query("ROLLBACK");
          } catch {
            // the original error is more useful
          }
          throw error;
        }
        return { resultSets };
      }
    } finally {
      client.release();
    }
  }
}
