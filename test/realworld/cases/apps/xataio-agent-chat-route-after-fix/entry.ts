// Source: xataio/agent — apps/dbagent/src/app/api/chat/route.ts (POST, at commit f4374f4 "Fix connection leaking in the target db"), reduced by hand, not copied
// Label: safe
// Why: the fix ends the target client in a finally around the whole handler (the stream's tools then run on an ended client, a bug of its own, not a leak)
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
  try {
    const modelInstance = getModelInstance(model);
    const result = streamText({
      model: modelInstance,
      messages,
      system: chatSystemPrompt,
      tools: await getTools(connection, targetClient),
      maxSteps: 20,
    });

    return result.toDataStreamResponse({ getErrorMessage: errorHandler });
  } finally {
    await targetClient.end();
  }
}
