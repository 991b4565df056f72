import { NextRequest, NextResponse } from "next/server";

export async function getContext(req: NextRequest): Promise<{ organizationId: string } | NextResponse> {
  const org = req.headers.get("x-org");
  if (!org) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  return { organizationId: org };
}
