// Stands for the original's `return pool.connect()`: the one client the whole app then shares, kept out of the
// entry file so that the entry has one acquisition site (the warm-up client).
export default (pool: { connect(): Promise<unknown> }) => pool.connect();
