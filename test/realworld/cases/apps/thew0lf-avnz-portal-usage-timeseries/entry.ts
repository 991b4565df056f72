// Source: thew0lf/avnz-portal — apps/api/src/usage.controller.ts (UsageController.timeseries), reduced by hand, not copied
// Label: safe
// Why: the client comes from the module's getClientForReq (./db), a pool checkout with the tenant set on it; the query runs in a try whose finally releases it, and the ForbiddenException thrown inside the try leaves through that finally
import { BadRequestException, Controller, ForbiddenException, Get, Query, Req } from "@nestjs/common";
import { getClientForReq } from "./db";

type ReqX = { auth?: { orgId?: string; orgUUID?: string; perms?: string[] } };

@Controller("usage")
export class UsageController {
  @Get("timeseries")
  async timeseries(@Req() req: ReqX, @Query("clientId") clientId?: string) {
    const ctx = req.auth;
    if (!ctx?.orgId) throw new BadRequestException("org required");
    const perms = ctx.perms || [];
    const args: any[] = [ctx.orgUUID || ctx.orgId];
    let where = "where org_id=$1";
    if (clientId && !perms.includes("admin") && !perms.includes("manage_projects")) {
      const client2 = await getClientForReq(req as any);
      try {
        const ok = await client2.query("select 1 from projects p where p.client_id=$1 limit 1", [clientId]);
        if (!ok.rows[0]) throw new ForbiddenException("client not found");
      } finally {
        client2.release();
      }
      args.push(clientId);
      where += ` and project_id in (select id from projects where client_id=$${args.length})`;
    }
    return { where, args };
  }
}
