// Source: InNOcentos/outside — src/usersTags/users-tags.service.ts at 404451a (UsersTagsService.createTagsByIds), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pool comes from NestJS's container under the PG_CONNECTION token (a `useValue: new Pool(…)` provider of db.module.ts) as `pool: any`; the catch releases, but the success path commits and returns the copied tags without ever releasing the client
import { HttpException, HttpStatus, Inject, Injectable } from "@nestjs/common";
import { PG_CONNECTION } from "./constants";

@Injectable()
export class UsersTagsService {
  constructor(@Inject(PG_CONNECTION) private readonly pool: any) {}

  async createTagsByIds(userId: string, body: { tags: string[] }) {
    const { tags } = body;
    if (!tags.length) throw new HttpException("param", HttpStatus.BAD_REQUEST);
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN TRANSACTION");
      const copied: any[] = [];
      for (const tag of tags) {
        const row = (await client.query("INSERT INTO tag (creator, name) SELECT creator, name FROM tag WHERE creator = $1 AND id = $2 RETURNING id, name", [userId, tag]))?.rows[0];
        if (!row) throw new HttpException("not_found", HttpStatus.BAD_REQUEST);
        copied.push(row);
      }
      await client.query("COMMIT TRANSACTION");
      return copied;
    } catch (e: any) {
      console.log(e);
      client.release();
      throw new HttpException(e?.message || "unknown", e?.status || HttpStatus.INTERNAL_SERVER_ERROR);
    }
  }
}
