// Source: operezedutecno/0023Modulo7Sesion6 — index.js at 00e3750 (actualizacionPrecios, "Ejemplo de Transacciones"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a course's transaction example checks a client out of a Pool and closes it in the finally with `client.end()` instead of `release()`: the socket closes but the pool never gets the client back (the later commits of the lesson keep the same finally)
const { Pool } = require("pg")

const pool = new Pool({
    host: 'localhost',
    port: 5432,
    database: 'supermercado',
    user: 'postgres',
    password: 'postgres'
})

const actualizacionPrecios = async () => {
    const client = await pool.connect()

    try {
        await client.query("BEGIN")

        const consulta1 = {
            text: "UPDATE productos SET prod_precio = 1800 WHERE prod_id = $1 RETURNING *",
            values: [3]
        }
        const actualizacion1 = await client.query(consulta1)
        console.log(actualizacion1);

        const consulta2 = {
            text: "UPDATE productos SET prod_precio = 1900 WHERE prod_id = $1 RETURNING *",
            values: [7]
        }
        const actualizacion2 = await client.query(consulta2)
        console.log(actualizacion2);
        console.log("Ejecución exitosa");
        await client.query("COMMIT")
    } catch (error) {
        console.log(error.message);
        await client.query("ROLLBACK")
    } finally {
        await client.end()
    }
}

actualizacionPrecios()
