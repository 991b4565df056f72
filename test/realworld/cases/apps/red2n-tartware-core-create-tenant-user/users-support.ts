export async function hashPassword(password: string): Promise<string> {
  return `hashed:${password}`;
}

export async function emitMembershipCacheInvalidation(event: { userId: string | null; reason: string }): Promise<void> {
  console.info("membership changed", event);
}
