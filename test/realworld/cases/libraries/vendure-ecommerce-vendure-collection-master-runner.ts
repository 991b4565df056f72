// Source: vendure-ecommerce/vendure — packages/core/src/service/services/collection.service.ts at 1633446f4 (CollectionService.applyCollectionFiltersInternal), reduced by hand, not copied
// Label: safe
// Why: the 'master' runner is made only to read its `.connection` (the DataSource) for a query builder; it is never connected and runs no query, so it holds no pooled connection and there is nothing to release
import { Collection } from "../../entity/collection/collection.entity";
import { ProductVariant } from "../../entity/product-variant/product-variant.entity";
import { TransactionalConnection } from "../../connection/transactional-connection";

export class CollectionService {
  constructor(private connection: TransactionalConnection) {}

  private async applyCollectionFiltersInternal(collection: Collection): Promise<string[]> {
    const masterConnection = this.connection.rawConnection.createQueryRunner("master").connection;
    const filteredQb = masterConnection
      .getRepository(ProductVariant)
      .createQueryBuilder("productVariant")
      .select("productVariant.id", "id")
      .where("productVariant.deletedAt IS NULL");
    const rows = await filteredQb.getRawMany();
    return rows.map((row: { id: string }) => row.id);
  }
}
