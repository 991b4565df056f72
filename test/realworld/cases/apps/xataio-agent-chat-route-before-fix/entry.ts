// Source: xataio/agent — apps/dbagent/src/app/api/chat/route.ts (POST, before commit f4374f4 "Fix connection leaking in the target db"), reduced by hand, not copied
// Label: safe
// Why: the helper's dedicated `pg.Client` on the user's target database, not a pool checkout; the route hands it to the model's tools and never ends it, on any path (the fix ends it in a finally)
import { streamText } from "ai";
import { getTargetDbConnection } from "./lib/targetdb";
import { getConnection } from "@dbagent/connections";
import { getModelInstance, getTools, errorHandler, chatSystemPrompt } from "@dbagent/ai";

export async function POST(req: Request) {
  const { messages, connectionId, model } = await req.json();
  const connection = await getConnection(connectionId);
  if (!connection) {
    return new Response("Connection not found", { status: 404 });
  }
  const targetClient = await getTargetDbConnection(connection.connectionString);

  const modelInstance = getModelInstance(model);
  const result = streamText({
    model: modelInstance,
    messages,
    system: chatSystemPrompt,
    tools: await getTools(connection, targetClient),
    maxSteps: 20,
  });

  return result.toDataStreamResponse({ getErrorMessage: errorHandler });
}
