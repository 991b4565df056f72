import pg from "pg";

let sharedPool: pg.Pool | null = null;

export async function connectTestDb(): Promise<pg.Pool> {
  if (!sharedPool) {
    sharedPool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 5 });
  }
  return sharedPool;
}

export async function closeTestDb(): Promise<void> {
  await sharedPool?.end();
  sharedPool = null;
}
