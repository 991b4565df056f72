// Stands for the original's `return pool.connect()`: the caller's own checkout, kept out of the entry file so that
// the entry has one acquisition site (the warm-up client).
module.exports = (pool) => pool.connect();
