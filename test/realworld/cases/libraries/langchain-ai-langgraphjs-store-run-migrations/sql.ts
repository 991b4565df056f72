export function getStoreTablesWithSchema(schema: string) {
  return {
    store: `"${schema}".store`,
    store_migrations: `"${schema}".store_migrations`,
  };
}

export function getStoreMigrations(config: { schema: string; indexConfig?: { dims: number } }): string[] {
  const base = [
    `CREATE TABLE IF NOT EXISTS "${config.schema}".store_migrations (v INTEGER PRIMARY KEY)`,
    `CREATE TABLE IF NOT EXISTS "${config.schema}".store (namespace_path TEXT, key TEXT, value JSONB)`,
  ];
  if (config.indexConfig) {
    base.push(`CREATE EXTENSION IF NOT EXISTS vector`);
  }
  return base;
}
