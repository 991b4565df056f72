// Source: ethereum/sourcify — services/server/src/server/services/storageServices/AbstractDatabaseService.ts (insertNewVerifiedContract), reduced by hand, not copied
// Label: safe
// Why: every insert of the verification runs on one client inside the try after BEGIN; the catch rolls back and rethrows a described error, the finally releases
import type { Pool, PoolClient, QueryResult } from "pg";

interface Database {
  pool: Pool;
  insertCode(client: PoolClient, code: unknown): Promise<QueryResult<{ bytecode_hash: Buffer }>>;
  insertContract(client: PoolClient, row: object): Promise<QueryResult<{ id: string }>>;
  insertContractDeployment(client: PoolClient, row: object): Promise<QueryResult<{ id: string }>>;
  insertCompiledContract(client: PoolClient, row: object): Promise<QueryResult<{ id: string }>>;
  insertCompiledContractsSources(client: PoolClient, row: object): Promise<void>;
  insertVerifiedContract(client: PoolClient, row: object): Promise<QueryResult<{ id: string }>>;
}

interface DatabaseColumns {
  recompiledCreationCode?: unknown;
  recompiledRuntimeCode: unknown;
  onchainCreationCode?: unknown;
  onchainRuntimeCode: unknown;
  contractDeployment: { address: string; chain_id: string };
  compiledContract: object;
  sourcesInformation: unknown[];
  verifiedContract: object;
}

export abstract class AbstractDatabaseService {
  constructor(protected database: Database) {}

  async insertNewVerifiedContract(databaseColumns: DatabaseColumns): Promise<string> {
    const client = await this.database.pool.connect();

    try {
      await client.query("BEGIN");
      let recompiledCreationCodeInsertResult: QueryResult<{ bytecode_hash: Buffer }> | undefined;
      let onchainCreationCodeInsertResult: QueryResult<{ bytecode_hash: Buffer }> | undefined;
      if (databaseColumns.recompiledCreationCode) {
        recompiledCreationCodeInsertResult = await this.database.insertCode(client, databaseColumns.recompiledCreationCode);
      }
      const recompiledRuntimeCodeInsertResult = await this.database.insertCode(client, databaseColumns.recompiledRuntimeCode);
      if (databaseColumns.onchainCreationCode) {
        onchainCreationCodeInsertResult = await this.database.insertCode(client, databaseColumns.onchainCreationCode);
      }
      const onchainRuntimeCodeInsertResult = await this.database.insertCode(client, databaseColumns.onchainRuntimeCode);
      const contractInsertResult = await this.database.insertContract(client, {
        creation_bytecode_hash: onchainCreationCodeInsertResult?.rows[0].bytecode_hash,
        runtime_bytecode_hash: onchainRuntimeCodeInsertResult.rows[0].bytecode_hash,
      });
      const contractDeploymentInsertResult = await this.database.insertContractDeployment(client, {
        ...databaseColumns.contractDeployment,
        contract_id: contractInsertResult.rows[0].id,
      });
      const compiledContractsInsertResult = await this.database.insertCompiledContract(client, {
        ...databaseColumns.compiledContract,
        creation_code_hash: recompiledCreationCodeInsertResult?.rows[0].bytecode_hash,
        runtime_code_hash: recompiledRuntimeCodeInsertResult.rows[0].bytecode_hash,
      });
      const compiledContractId = compiledContractsInsertResult.rows[0].id;
      await this.database.insertCompiledContractsSources(client, {
        sourcesInformation: databaseColumns.sourcesInformation,
        compilation_id: compiledContractId,
      });
      const verifiedContractInsertResult = await this.database.insertVerifiedContract(client, {
        ...databaseColumns.verifiedContract,
        compilation_id: compiledContractId,
        deployment_id: contractDeploymentInsertResult.rows[0].id,
      });
      await client.query("COMMIT");
      return verifiedContractInsertResult.rows[0].id;
    } catch (e) {
      await client.query("ROLLBACK");
      throw new Error(
        `cannot insert verified_contract address=${databaseColumns.contractDeployment.address} chainId=${databaseColumns.contractDeployment.chain_id}\n${e}`,
      );
    } finally {
      client.release();
    }
  }
}
