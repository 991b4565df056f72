// Second module of the case: the table-name helper, reduced from libs/checkpoint-postgres/src/sql.ts
export interface Tables {
  checkpoints: string;
  migrations: string;
}

export const tablesFor = (schema: string): Tables => {
  const names = ["checkpoints", "migrations"] as const;
  return names.reduce((acc, name) => {
    acc[name] = `"${schema}".${name}`;
    return acc;
  }, {} as Tables);
};
