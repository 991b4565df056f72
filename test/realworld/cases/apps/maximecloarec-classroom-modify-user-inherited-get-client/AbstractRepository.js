const { dbPool } = require("./db");

class AbstractRepository {
  constructor() {
    this.pool = dbPool; // initialise la connexion à la base de données
  }

  async getClient() {
    return await this.pool.connect(); // retourne un client de connexion
  }
}

module.exports = AbstractRepository;
