export async function hashPassword(password: string): Promise<string> {
  return `hashed:${password}`;
}

export async function logSystemAdminEvent(event: { adminId: string; action: string; resourceId: string; sessionId: string }): Promise<void> {
  console.info("system admin event", event);
}
