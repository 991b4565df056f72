// Source: Ozceran27/miclub-whatsapp-crm — apps/api/src/auth/registrationService.ts at 03c44951 (registerClub), reduced by hand, not copied
// Label: safe
// Why: validation and the password hash come before the checkout; `begin`, the club provisioning and `commit` run in a `try` whose `catch` rolls back (its failure swallowed) and maps unique violations to a `RegistrationError` or rethrows, and whose `finally` releases
import type { ClubRegistrationDto } from "@miclub/shared";
import { getPostgresPool } from "../db/postgres.js";
import { provisionClub } from "../services/clubProvisioningService.js";
import { hashPassword } from "./passwordHasher.js";

export class RegistrationError extends Error {
  constructor(public readonly code: "invalid_input" | "email_exists" | "dni_exists", message: string) {
    super(message);
  }
}

declare function validateRegistration(body: unknown): ClubRegistrationDto;

const constraintName = (error: unknown): string => (typeof error === "object" && error !== null && "constraint" in error ? String(error.constraint) : "");
const postgresCode = (error: unknown): string => (typeof error === "object" && error !== null && "code" in error ? String(error.code) : "");

export const registerClub = async (body: unknown): Promise<void> => {
  const input = validateRegistration(body);
  const passwordHash = await hashPassword(input.password);
  const pool = await getPostgresPool(); const client = await pool.connect();
  try {
    await client.query("begin");
    await provisionClub(client, { firstName: input.firstName, lastName: input.lastName, email: input.email, club: input.club }, passwordHash);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    if (error instanceof RegistrationError) throw error;
    if (postgresCode(error) === "23505") {
      const constraint = constraintName(error).toLowerCase();
      if (constraint.includes("email")) throw new RegistrationError("email_exists", "Ya existe una cuenta con ese correo electrónico.");
      if (constraint.includes("dni")) throw new RegistrationError("dni_exists", "Ya existe una persona con ese DNI.");
    }
    throw error;
  } finally { client.release(); }
};
