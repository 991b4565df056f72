// What HTTP and the Fetch standard accept in a header, for constructions judged not to throw (literal-responses.ts,
// serialized-cookies.ts).

/** An HTTP token (a header's name, a cookie's name): RFC 9110's tchar. */
export const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A header value the Fetch standard accepts: no NUL, CR or LF, nothing above U+00FF. */
export const FIELD_VALUE = /^[^\0\r\n\u0100-\uffff]*$/;
