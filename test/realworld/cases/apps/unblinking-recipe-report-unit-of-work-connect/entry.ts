// Source: unblinking/recipe-report — packages/data/repositories/unit-of-work.ts (UnitOfWork.connect, commit, rollback), reduced by hand, not copied
// Label: hand-over
// Why: the unit of work keeps the checked-out client on `this._client` for its repositories; its commit and rollback methods release it, and every service calls `rollback()` from its catch
import { inject, injectable } from "inversify";
import type { PoolClient } from "pg";
import type { DataAccessLayer } from "./data-access-layer";
import { AccountRepo } from "./account-repo";

@injectable()
export class UnitOfWork {
  private _dal: DataAccessLayer;
  private _client: PoolClient | undefined;
  private _accountRepo: AccountRepo | undefined;

  public constructor(@inject("IDataAccessLayer") dataAccessLayer: DataAccessLayer) {
    this._dal = dataAccessLayer;
  }

  public connect = async (): Promise<void> => {
    this._client = await this._dal.getClient();
  };

  public begin = async (): Promise<void> => {
    if (!this._client) throw new Error("UOW_CLIENT");
    await this._client.query("BEGIN");
  };

  public commit = async (): Promise<void> => {
    if (!this._client) throw new Error("UOW_CLIENT");
    await this._client.query("COMMIT");
    this._client.release();
  };

  public rollback = async (): Promise<void> => {
    if (!this._client) {
      return;
    }
    await this._client.query("ROLLBACK");
    this._client.release();
  };

  public get accounts(): AccountRepo {
    if (!this._client) throw new Error("UOW_CLIENT");
    if (!this._accountRepo) {
      this._accountRepo = new AccountRepo(this._client);
    }
    return this._accountRepo;
  }
}
