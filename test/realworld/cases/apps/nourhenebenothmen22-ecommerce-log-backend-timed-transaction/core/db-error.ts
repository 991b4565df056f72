export class DbError extends Error {
  static transactionError(message: string, cause: Error): DbError {
    return new DbError(message, { cause });
  }
}
