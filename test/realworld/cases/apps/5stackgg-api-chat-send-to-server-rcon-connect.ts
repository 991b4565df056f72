// Source: 5stackgg/api — src/chat/chat.service.ts at e693141a (ChatService#sendMessageToServer), reduced by hand, not copied
// Label: safe
// Why: the match chat relays a lobby message to the game server through `this.rcon.connect(server.id)`, the project's RconService (a cached RCON connection per server, closed by the service), not a pg checkout; the match comes from Hasura
import { Injectable, Logger } from "@nestjs/common";
import { HasuraService } from "../hasura/hasura.service";
import { RconService } from "../rcon/rcon.service";

@Injectable()
export class ChatService {
  constructor(
    private readonly logger: Logger,
    private readonly hasuraService: HasuraService,
    private readonly rcon: RconService,
  ) {}

  public async sendMessageToServer(matchId: string, message: string) {
    try {
      const { matches_by_pk } = await this.hasuraService.query({
        matches_by_pk: { __args: { id: matchId }, status: true, server: { id: true, plugin_runtime: true } },
      });

      const server = matches_by_pk?.server;
      if (!server) {
        return;
      }

      if (matches_by_pk.status !== "Live") {
        return;
      }

      const rcon = await this.rcon.connect(server.id);
      if (!rcon) {
        return;
      }

      const command = server.plugin_runtime === "counterstrikesharp" ? "css_web_chat" : "sw_web_chat";

      return await rcon.send(`${command} "${message}"`);
    } catch (error) {
      this.logger.warn(`[${matchId}] unable to send match to server`, error.message);
    }
  }
}
