export const config = {
  db: { host: "localhost", port: 5432, database: "tartware", user: "postgres", password: "postgres", max: 10 },
};
