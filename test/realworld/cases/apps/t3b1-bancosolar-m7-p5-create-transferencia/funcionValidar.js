function validarIngreso(monto) {
  const montof = parseInt(monto);
  if (isNaN(montof)) throw 'valor no valido';
  if (montof <= 0) throw 'ingrese valor correcto';
}

function validarMonto(objEmisor, monto) {
  if (objEmisor.rows[0].balance < parseInt(monto)) throw 'el monto es mayor a su balance';
}

function validarCliente(objEmisor, objReceptor) {
  if (objEmisor.rows[0].id === objReceptor.rows[0].id) throw 'no puede transferir a la misma cuenta';
}

const sumaMonto = (objReceptor, monto) => objReceptor.rows[0].balance + parseInt(monto);
const restaMonto = (objEmisor, monto) => objEmisor.rows[0].balance - parseInt(monto);

module.exports = { validarIngreso, validarMonto, validarCliente, sumaMonto, restaMonto };
