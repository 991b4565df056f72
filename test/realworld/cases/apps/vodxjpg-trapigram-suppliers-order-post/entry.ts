// Source: vodxjpg/trapigram — src/app/api/suppliersOrder/route.ts at 0948896b (POST, unchanged at HEAD), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the tickets route's shape before its fix 8926d5c6, copied into the supplier order route and left: a client is checked out only to take the per-organisation advisory lock for the next order key, the insert runs on the pool, and nothing ever releases the client — not on the 201 path, not in the catch
import { NextRequest, NextResponse } from "next/server";
import { v4 as uuidv4 } from "uuid";
import type { PoolClient } from "pg";
import { pgPool as pool } from "@/lib/db";
import { getContext } from "@/lib/context";

async function getNextOrderKeyTx(client: PoolClient, organizationId: string): Promise<number> {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`supplierOrders:${organizationId}`]);
    const { rows } = await client.query<{ next: number }>(`SELECT COALESCE(MAX("orderKey"), 0) + 1 AS next FROM "supplierOrders" WHERE "organizationId" = $1`, [organizationId]);
    return Number(rows[0]?.next ?? 1);
}

export async function POST(req: NextRequest) {
    const ctx = await getContext(req);
    if (ctx instanceof NextResponse) return ctx;
    const { organizationId } = ctx;
    const client = await pool.connect();
    try {
        const body = await req.json()
        const { supplierId, supplierCartId, note, expectedAt, submitAction } = body

        await pool.query(`UPDATE "supplierCart" SET status = FALSE WHERE id = $1`, [supplierCartId])

        const orderKey = await getNextOrderKeyTx(client, organizationId);

        const id = uuidv4()
        const status = submitAction === "place_order" ? "pending" : "draft"
        const insert = await pool.query(
            `INSERT INTO "supplierOrders" (id, "supplierId", "organizationId", "supplierCartId", note, status, "orderKey", "expectedAt", "createdAt", "updatedAt")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NOW(), NOW()) RETURNING *`,
            [id, supplierId, organizationId, supplierCartId, note, status, orderKey, expectedAt]
        );
        return NextResponse.json({ supplier: insert.rows[0] }, { status: 201 });
    } catch (error) {
        console.error(error);
        return NextResponse.json({ error: "Internal server error." }, { status: 500 });
    }
}
