export async function loadMigrations(directory: string): Promise<Array<{ filename: string; version: number; name: string; sql: string }>> {
  return directory ? [] : [];
}
