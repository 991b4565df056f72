// Source: LuisSalazar02/Hack-MIT — zuricatosJS/src/database/scanProduct.js at e4faa74 (the barcode handler), reduced by hand, not copied
// Label: safe
// Why: the barcode lookup and the HTTP call happen before the checkout; the client is taken just for the INSERT, inside its own try/finally that releases
const axios = require("axios");
const dbPool = require("./dbPool");

module.exports.scanProduct = async (event) => {
  try {
    const eanCode = await decodeBarcode(event.body);
    console.log("EAN-13 Code:", eanCode);

    const apiResponse = await axios.get(`https://api.barcodelookup.com/v3/products?barcode=${eanCode}&formatted=y`);

    const product = apiResponse.data.products[0];
    const client = await dbPool.connect();

    try {
      await client.query("INSERT INTO productos (producto_nombre, marca, precio_compra, cantidad) VALUES ($1, $2, $3, $4)", [
        product.title,
        product.brand,
        10,
        1,
      ]);
    } finally {
      client.release();
    }

    return { statusCode: 200, body: JSON.stringify({ message: "Product registered successfully" }) };
  } catch (error) {
    console.error("Error:", error.message);
    return { statusCode: 500, body: JSON.stringify({ message: "Error occurred", error: error.message }) };
  }
};

async function decodeBarcode(body) {
  return JSON.parse(body).code;
}
