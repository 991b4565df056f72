// Source: decentraland/governance — src/entities/Proposal/jobs.ts at 0e67a76a^ (updateProposalsAndBudgets, the finish job's hand-rolled transaction before "reuse withTransaction in the finish job"), reduced by hand, not copied
// Label: safe
// Why: after an early return that runs before the checkout, BEGIN, the batched updates (all awaited through Promise.all) and COMMIT run in a try whose catch awaits ROLLBACK and rethrows and whose finally releases; the commit that replaced it faulted only the pooled state after a failed ROLLBACK, not a leak
import { Pool } from "pg";
import ProposalService from "../../services/ProposalService";
import BudgetService from "../../services/BudgetService";

const pool = new Pool({ connectionString: process.env.CONNECTION_STRING });

export async function updateProposalsAndBudgets(proposalsWithOutcome: unknown[], budgetsWithUpdates: unknown[]) {
  if (proposalsWithOutcome.length === 0) return;
  const client = await pool.connect();

  try {
    await client.query("BEGIN");

    const proposalUpdates = ProposalService.getFinishProposalQueries(proposalsWithOutcome);
    const budgetUpdates = BudgetService.getBudgetUpdateQueries(budgetsWithUpdates);
    const updateQueries = [...proposalUpdates, ...budgetUpdates];

    const clientQueries = updateQueries.map(({ text, values }) => {
      return client.query(text, values);
    });

    await Promise.all(clientQueries);

    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
