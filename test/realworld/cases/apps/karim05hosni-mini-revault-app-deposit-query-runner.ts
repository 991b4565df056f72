// Source: karim05hosni/mini-revault-app — backend/src/transactions/transactions.service.ts (TransactionsService.deposit), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `startTransaction()` is awaited after `connect()` but before the try whose finally releases the runner: a failed BEGIN leaves the runner's pooled connection held
import { ForbiddenException, Injectable, NotFoundException } from "@nestjs/common";
import { DataSource } from "typeorm";
import { WalletsEntity } from "../wallets/wallets.entity";
import { TransactionsEntity } from "./transactions.entity";

@Injectable()
export class TransactionsService {
  constructor(private readonly dataSource: DataSource) {}

  async deposit(dto: { walletId: string; amount: number }, userId: string) {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    await queryRunner.startTransaction();
    try {
      const wallet = await queryRunner.manager.findOne(WalletsEntity, {
        where: { id: dto.walletId },
        lock: { mode: "pessimistic_write" },
      });
      if (!wallet) throw new NotFoundException("Wallet not found");
      if (wallet.userId !== userId) throw new ForbiddenException("You do not own this wallet");
      wallet.balanceCents += Math.round(dto.amount * 100);
      await queryRunner.manager.save(wallet);
      const tx = queryRunner.manager.create(TransactionsEntity, { receiverWalletId: wallet.id, amountCents: Math.round(dto.amount * 100) });
      await queryRunner.manager.save(tx);
      await queryRunner.commitTransaction();
      return { success: true, transactionId: tx.id };
    } catch (err) {
      await queryRunner.rollbackTransaction();
      throw err;
    } finally {
      await queryRunner.release();
    }
  }
}
