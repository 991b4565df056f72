// Source: Promogate/postgate-api — src/app/controllers/WhatsappController.ts at e5b71b3d (handleCreateSession), reduced by hand, not copied
// Label: safe
// Why: `whatsappApiService.connect({…})` opens a WhatsApp session through the CodeChat or Evolution API service the controller picks, not a pg checkout; the sessions themselves are read through Prisma
import { Request, Response } from "express";
import prisma from "../../lib/prisma";
import CodechatService from "../services/CodechatService";
import EvolutionService from "../services/EvolutionService";

export default class WhatsappController {
  constructor(
    readonly codechatService: CodechatService,
    readonly evolutionService: EvolutionService,
  ) {}

  async handleCreateSession(request: Request & { user?: string }, response: Response): Promise<Response> {
    try {
      const body = request.body;
      const whatsappApiService = this.getWhatsappApiService();

      await whatsappApiService.connect({
        userId: request.user as string,
        name: body.name,
        description: body.description,
      });

      return response.status(200).send();
    } catch (error: any) {
      return response.status(400).send({ message: error.message });
    }
  }

  async handleGetSessions(request: Request & { user?: string }, response: Response): Promise<Response> {
    const sessions = await prisma.whatsappSession.findMany({ where: { userId: request.user } });
    return response.status(200).send(sessions);
  }

  private getWhatsappApiService() {
    if (process.env.WHATSAPP_ENGINE === "codechat") {
      return this.codechatService;
    }
    return this.evolutionService;
  }
}
