// Source: PaimaStudios/paima-engine — packages/node-sdk/paima-engine/src/index.ts (the game node's start), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the state machine's read-only pool (`getReadonlyDbConn()`, a `pg.Pool`) is checked out for FunnelFactory.initialize, which only reads the chain-data extensions with it and keeps nothing; the client is never released, so the read-only pool runs one connection short for the node's life (and a failed starting-block fetch throws with it held)
import type { PoolConfig } from "pg";
import PaimaSM from "@paima/sm";
import { FunnelFactory } from "@paima/funnel";
import paimaRuntime from "@paima/runtime";

declare const poolConfig: PoolConfig;
declare const ENV: { START_BLOCKHEIGHT: number; STOP_BLOCKHEIGHT: number; SERVER_ONLY_MODE: boolean; POLLING_RATE: number; GAME_NODE_VERSION: string };

export const start = async (gameStateTransitionRouter: unknown, precompiles: unknown, gameEvents: unknown): Promise<void> => {
  const stateMachine = PaimaSM.initialize(poolConfig, 4, gameStateTransitionRouter, ENV.START_BLOCKHEIGHT, { precompiles }, gameEvents);
  console.log(`Connecting to database at ${poolConfig.host}:${poolConfig.port}`);
  const dbConn = await stateMachine.getReadonlyDbConn().connect();
  const funnelFactory = await FunnelFactory.initialize(dbConn);
  {
    try {
      const startingBlock = await funnelFactory.sharedData.mainNetworkApi.getStartingBlock();
      if (startingBlock == null) throw new Error(`Failed to fetch timestamp for starting block`);
    } catch (e) {
      console.error("Could not find fetch starting block for main funnel");
      throw e;
    }
  }
  const engine = paimaRuntime.initialize(funnelFactory, stateMachine, ENV.GAME_NODE_VERSION);
  engine.setPollingRate(ENV.POLLING_RATE);
  void engine.run(ENV.STOP_BLOCKHEIGHT, ENV.SERVER_ONLY_MODE);
};
