const { MongoClient } = require('mongodb');

const mongoClient = new MongoClient(process.env.MONGO_URL);
const usuariosCollection = mongoClient.db('zetta').collection('usuarios');

// the source calls `mongoClient.connect()` in the service itself
const openMongo = () => mongoClient.connect();

module.exports = { mongoClient, openMongo, usuariosCollection };
