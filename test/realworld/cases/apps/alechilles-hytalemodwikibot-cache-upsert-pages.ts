// Source: Alechilles/HytaleModWikiBot — src/db/repositories/cache-repo.ts at 74d76415 (CacheRepository#upsertPages), reduced by hand, not copied
// Label: safe
// Why: a Discord wiki bot's cache repository, given the pool by its constructor parameter property, replaces a mod's page index in one transaction: DELETE and the INSERT loop between BEGIN and COMMIT inside the try, ROLLBACK and rethrow in the catch, release in the finally
import type { Pool } from "pg";

interface PageRecord {
  modSlug: string;
  pageSlug: string;
  title: string;
  url: string;
  depth: number;
}

export class CacheRepository {
  public constructor(private readonly pool: Pool) {}

  public async upsertPages(modSlug: string, pages: PageRecord[]): Promise<void> {
    const client = await this.pool.connect();

    try {
      await client.query("BEGIN");
      await client.query(`DELETE FROM page_index_cache WHERE mod_slug = $1`, [modSlug]);

      for (const page of pages) {
        await client.query(
          `INSERT INTO page_index_cache (mod_slug, page_slug, title, url, depth, updated_at) VALUES ($1, $2, $3, $4, $5, now())`,
          [page.modSlug, page.pageSlug, page.title, page.url, page.depth],
        );
      }

      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  public async getModBySlug(slug: string) {
    const result = await this.pool.query(`SELECT mod_slug, mod_name FROM mod_index_cache WHERE mod_slug = $1`, [slug]);
    return result.rows[0] ?? null;
  }
}
