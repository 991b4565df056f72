// Source: MaximeCloarec/Classroom — classroom-backend/App/repository/UserRepository.js at a7195a5 (UserRepository.isUserExistsByEmail), reduced by hand, not copied
// Label: safe
// Why: the user repository checks out through the inherited `getClient()` and answers true or false with returns inside the try; the finally releases on both, and on the rethrow
const AbstractRepository = require("./AbstractRepository");

class UserRepository extends AbstractRepository {
  constructor() {
    super(); // appelle le constructeur de la classe parente
  }

  async isUserExistsByEmail(email) {
    const client = await this.getClient();
    try {
      const query = `SELECT id_users FROM users WHERE email = $1`;
      const res = await client.query(query, [email]);
      if (res.rows.length > 0) {
        return true;
      }
      return false;
    } catch (err) {
      console.error("Erreur de requête", err.stack);
      throw err;
    } finally {
      client.release();
    }
  }
}

module.exports = new UserRepository();
