// Source: MaximeCloarec/Classroom — classroom-backend/App/repository/UserRepository.js at a7195a5 (UserRepository.modifyUser), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the repository checks out through `getClient()`, a method it inherits from its base class in another module (`return await this.pool.connect()`); every sibling method releases in a finally, modifyUser has only a catch and never releases
const AbstractRepository = require("./AbstractRepository");

class UserRepository extends AbstractRepository {
  constructor() {
    super(); // appelle le constructeur de la classe parente
  }

  async modifyUser(user) {
    const client = await this.getClient();
    try {
      const query = `UPDATE users SET lastname=$1, firstname=$2, pseudo=$3, email=$4, profile_picture=$5`;
      const values = [user.lastname, user.firstname, user.pseudo, user.email, user.imgProfile];
      await client.query(query, values);
    } catch (err) {
      console.error("Erreur de requête", err.stack);
    }
  }
}

module.exports = new UserRepository();
