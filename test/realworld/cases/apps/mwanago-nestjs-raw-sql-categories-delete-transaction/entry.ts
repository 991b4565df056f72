// Source: mwanago/nestjs-raw-sql — src/categories/categories.repository.ts at 23d514c (CategoriesRepository.delete), reduced by hand, not copied
// Label: safe
// Why: the client comes from the injected DatabaseService's getPoolClient (a checkout of the container's CONNECTION_POOL pool, wrapped in a logging Proxy); BEGIN, two DELETEs, a NotFoundException when nothing was deleted, COMMIT — the catch rolls back and the finally releases on every path
import { Injectable, NotFoundException } from "@nestjs/common";
import DatabaseService from "./database.service";

@Injectable()
class CategoriesRepository {
  constructor(private readonly databaseService: DatabaseService) {}

  async delete(id: number) {
    const poolClient = await this.databaseService.getPoolClient();

    try {
      await poolClient.query("BEGIN;");
      await poolClient.query("DELETE FROM categories_posts WHERE category_id=$1;", [id]);
      const categoriesResponse = await poolClient.query("DELETE FROM categories WHERE id=$1;", [id]);
      if (categoriesResponse.rowCount === 0) {
        throw new NotFoundException();
      }
      await poolClient.query("COMMIT;");
    } catch (error) {
      await poolClient.query("ROLLBACK;");
      throw error;
    } finally {
      poolClient.release();
    }
  }
}

export default CategoriesRepository;
