// Source: mwanago/nestjs-raw-sql — src/posts/posts.repository.ts at 23d514c (PostsRepository.update), reduced by hand, not copied
// Label: safe
// Why: a checkout through the injected DatabaseService's getPoolClient, released in the finally on every path — though the success path returns after BEGIN and the UPDATEs without a COMMIT, so the client goes back to the pool inside its open transaction (a bug, but not a leak: the client is given back)
import { Injectable, NotFoundException } from "@nestjs/common";
import DatabaseService from "./database.service";

@Injectable()
class PostsRepository {
  constructor(private readonly databaseService: DatabaseService) {}

  private async updateCategories(client: any, postId: number, categoryIds: number[]) {
    await client.query("DELETE FROM categories_posts WHERE post_id = $1 AND NOT (category_id = ANY($2::int[]))", [postId, categoryIds]);
    const response = await client.query("SELECT category_id FROM categories_posts WHERE post_id = $1", [postId]);
    return response.rows.map((row: { category_id: number }) => row.category_id);
  }

  async update(id: number, postData: { title: string; content: string; categoryIds?: number[] }) {
    const client = await this.databaseService.getPoolClient();

    try {
      await client.query("BEGIN;");
      const databaseResponse = await client.query("UPDATE posts SET title = $2, post_content = $3 WHERE id = $1 RETURNING *", [id, postData.title, postData.content]);
      const entity = databaseResponse.rows[0];
      if (!entity) {
        throw new NotFoundException();
      }
      const categoryIds = await this.updateCategories(client, id, postData.categoryIds || []);
      return { ...entity, category_ids: categoryIds };
    } catch (error) {
      await client.query("ROLLBACK;");
      throw error;
    } finally {
      client.release();
    }
  }
}

export default PostsRepository;
