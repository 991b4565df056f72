// Source: MaximeCloarec/Classroom — classroom-backend/App/repository/LessonRepository.js at a7195a5 (LessonRepository.findByTitle), reduced by hand, not copied
// Label: safe
// Why: the lesson repository checks out through the `getClient()` it inherits from its base class in another module and releases in its finally; the catch logs and rethrows
const AbstractRepository = require("./AbstractRepository");

class LessonRepository extends AbstractRepository {
  constructor() {
    super(); // appelle le constructeur de la classe parente
  }

  async findByTitle(title) {
    const client = await this.getClient();
    try {
      const query = `SELECT id_classes, title, content, img_classes FROM classes WHERE title = $1`;
      const res = await client.query(query, [title]);
      return res.rows[0];
    } catch (err) {
      console.error("Erreur de requête", err.stack);
      throw err;
    } finally {
      client.release(); // libère le client de connexion
    }
  }
}

module.exports = new LessonRepository();
