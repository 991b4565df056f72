module.exports = { error: (entry) => console.error(entry) };
