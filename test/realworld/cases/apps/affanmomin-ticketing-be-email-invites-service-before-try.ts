// Source: affanmomin/ticketing-be — scripts/test-email-invites.ts at eb9a99f (main), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test script constructs its email service between the checkout and the try whose finally releases; the constructor throws when RESEND_API_KEY is unset, and the client is never given back (main's catch exits the process)
import { Resend } from "resend";
import { pool } from "../src/db/pool";

class EmailTestService {
  private resend: Resend;

  constructor() {
    const apiKey = process.env.RESEND_API_KEY;
    if (!apiKey) {
      throw new Error("RESEND_API_KEY is not set. Unable to send emails.");
    }
    this.resend = new Resend(apiKey);
  }

  async sendWelcome(to: string, name: string): Promise<void> {
    const { error } = await this.resend.emails.send({ from: "onboarding@resend.dev", to, subject: "Welcome", html: `<p>${name}</p>` });
    if (error) throw new Error(error.message);
  }
}

async function main() {
  const client = await pool.connect();
  const emailService = new EmailTestService();

  try {
    await client.query("BEGIN");
    const { rows } = await client.query("INSERT INTO organization (name, active) VALUES ($1, true) RETURNING id", [`Test ${Date.now()}`]);
    await emailService.sendWelcome("admin@example.com", `org ${rows[0].id}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Error:", error);
    throw error;
  } finally {
    client.release();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error("Test failed:", error);
    process.exit(1);
  });
