module.exports = { deleteMany: async () => ({}) };
